import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';

/**
 * Who did what to which object, and when. Written in the same transaction as the change itself; never updated
 * or deleted (a trigger refuses both, see migration `1765400000000-audit-append-only`).
 */
@Entity('audit_event')
@Index('ix_audit_event__entity', ['entityType', 'entityId'])
@Index('ix_audit_event__actor_id_created_at', ['actorId', 'createdAt'])
@Index('ix_audit_event__action_created_at', ['action', 'createdAt'])
@Index('ix_audit_event__created_at_id', ['createdAt', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_event' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_event__actor_id' })
  actor?: AppUser | null;

  /** Dotted verb, e.g. `police_unit.create`. */
  @Column({ type: 'varchar', length: 80 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 80 })
  entityId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
