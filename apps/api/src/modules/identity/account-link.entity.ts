import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ACCOUNT_LINK_PURPOSES, type AccountLinkPurpose } from '@icspa/domain';
import { AppUser } from './app-user.entity';

/**
 * A one-time link to set an account's password: an invitation (first password) or a password reset. The
 * token travels only in the link; the row holds its sha-256. Used once, expires, and is revoked when a newer
 * link replaces it or the password is set through another of the user's links.
 */
@Entity('account_link')
export class AccountLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_account_link' })
  id: string;

  @Index('ix_account_link__user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_account_link__user_id' })
  user?: AppUser;

  @Column({ type: 'enum', enum: ACCOUNT_LINK_PURPOSES, enumName: 'account_link_purpose' })
  purpose: AccountLinkPurpose;

  /** sha-256 (hex) of the token. */
  @Index('uq_account_link__token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** Who issued it (an admin, a coordinator, a member admin); null for a self-service reset. */
  @Column({ type: 'uuid', nullable: true })
  issuedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by', foreignKeyConstraintName: 'fk_account_link__issued_by' })
  issuer?: AppUser | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
