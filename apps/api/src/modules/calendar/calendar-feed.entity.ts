import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../identity/app-user.entity';

/**
 * A user's private iCalendar feed: only the SHA-256 of its secret token is kept (the URL is shown once,
 * when it is made). Regenerating replaces the row; revoking deletes it.
 */
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_calendar_feed' })
  userId: string;

  @OneToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feed__user_id' })
  user?: AppUser;

  @Index('uq_calendar_feed__token_hash', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
