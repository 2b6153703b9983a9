import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CAPABILITIES, type Capability } from '@icspa/domain';
import { AppUser } from './app-user.entity';

/**
 * A capability an admin grants a user beside their role: `translate` (scope: a locale code) or
 * `local_trainer` (scope: a course id). Revoked grants are kept; one live grant per user, capability and scope.
 */
@Entity('capability_grant')
@Index('uq_capability_grant__live', ['userId', 'capability', 'scope'], {
  unique: true,
  where: `"revoked_at" IS NULL`,
})
export class CapabilityGrant {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_capability_grant' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_capability_grant__user_id' })
  user?: AppUser;

  @Column({ type: 'enum', enum: CAPABILITIES, enumName: 'capability' })
  capability: Capability;

  /** A locale code (`translate`) or a course id (`local_trainer`). */
  @Column({ type: 'varchar', length: 64 })
  scope: string;

  @Column({ type: 'uuid', nullable: true })
  grantedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'fk_capability_grant__granted_by' })
  granter?: AppUser | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'fk_capability_grant__revoked_by' })
  revoker?: AppUser | null;
}
