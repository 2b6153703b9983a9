import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';

/**
 * An in-app message to one user. `kind` and `params` (not finished text) are stored, so the portal
 * shows each message in the reader's language.
 */
@Entity('notification')
@Index('ix_notification__user_unread', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification__user_id' })
  user?: AppUser;

  /** One of NOTIFICATION_KINDS (a varchar, so a new kind needs no migration). */
  @Column({ type: 'varchar', length: 60 })
  kind: NotificationKind;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string | number | null>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
