import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Certification } from './certification.entity';

/**
 * A credential offered to the holder's wallet (OpenID for VC Issuance, pre-authorized code flow). Only hashes
 * of the one-time code and of the access token are kept; each is short-lived and used once.
 */
@Entity('wallet_offer')
export class WalletOffer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_wallet_offer' })
  id: string;

  @Index('ix_wallet_offer__certification_id')
  @Column({ type: 'uuid' })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certification_id', foreignKeyConstraintName: 'fk_wallet_offer__certification_id' })
  certification?: Certification;

  /** SHA-256 (hex) of the pre-authorized code. */
  @Index('uq_wallet_offer__code_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'timestamptz' })
  codeExpiresAt: Date;

  /** SHA-256 (hex) of the access token the code was exchanged for (null: not yet). */
  @Index('uq_wallet_offer__token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  tokenExpiresAt: Date | null;

  /** When the credential was handed to the wallet. */
  @Column({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  /** The DID the wallet proved it holds, the credential's subject. */
  @Column({ type: 'text', nullable: true })
  holderDid: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
