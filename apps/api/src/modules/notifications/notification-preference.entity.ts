import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';

/** A user's choice for one kind of notification; without a row the kind's default applies. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preference' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'pk_notification_preference' })
  kind: NotificationKind;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preference__user_id' })
  user?: AppUser;

  /** in_app, email or digest. */
  @Column({ type: 'varchar', length: 10 })
  delivery: NotificationDelivery;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
