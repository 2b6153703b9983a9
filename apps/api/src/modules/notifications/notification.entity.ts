import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationDelivery, NotificationKind, NotificationObjectType } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';

/**
 * An in-app message to one user. `kind` and `params` (not finished text) are stored, so the portal
 * shows each message in the reader's language. `objectType`/`objectId` name what it is about: the bell
 * links there, and acting on that object marks it read. `delivery` is how it also goes out (the user's
 * preference when it was made); a digest notification waits for the daily digest (`digestedAt`).
 */
@Entity('notification')
@Index('ix_notification__user_unread', ['userId', 'createdAt'])
@Index('ix_notification__user_object', ['userId', 'objectType', 'objectId'])
@Index('ix_notification__digest_due', ['userId', 'createdAt'], { where: `delivery = 'digest' AND digested_at IS NULL` })
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

  @Column({ type: 'varchar', length: 40, nullable: true })
  objectType: NotificationObjectType | null;

  @Column({ type: 'uuid', nullable: true })
  objectId: string | null;

  /** in_app, email or digest: one of NOTIFICATION_DELIVERIES. */
  @Column({ type: 'varchar', length: 10, default: 'in_app' })
  delivery: NotificationDelivery;

  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
