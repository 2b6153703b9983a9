import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One revocation status list (`/api/credentials/status/<id>`): its size in bits, how many indexes are
 * taken, and the signed Bitstring Status List credential kept until a revocation changes it or it nears
 * its `valid_until`.
 */
@Entity('credential_status_list')
@Check('ck_credential_status_list__size', `"size" >= 8 AND "size" % 8 = 0 AND "allocated" <= "size"`)
export class CredentialStatusList {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_credential_status_list' })
  id: number;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'integer', default: 0 })
  allocated: number;

  /** The index given last, so the next is never its neighbour. */
  @Column({ type: 'integer', nullable: true })
  lastIndex: number | null;

  @Column({ type: 'boolean', default: false })
  full: boolean;

  /** A revocation (or a new list) since the list was last signed. */
  @Column({ type: 'boolean', default: true })
  changed: boolean;

  @Column({ type: 'text', nullable: true })
  signedJwt: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  etag: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
