import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from '../../identity/app-user.entity';

export const EMAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One e-mail, rendered in the recipient's language when it was written (in the transaction of the change
 * it reports) and sent by the `send-email` job. The row is what makes sending happen once: the job claims
 * it (`pending`/`failed` → `sending`), sends, marks it `sent` with the relay's message id; a retried or
 * duplicated job finds it `sent` and does nothing. `dedupeKey` keeps the same message from being written
 * twice (one digest per user and day, one reminder per certification and threshold).
 */
@Entity('email_message')
@Index('ix_email_message__user', ['userId', 'createdAt'])
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_email_message' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_message__user_id' })
  user?: AppUser;

  @Index('uq_email_message__dedupe_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  /** A notification kind, `digest`, or a security mail kind. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 120 })
  toName: string;

  @Column({ type: 'varchar', length: 10 })
  locale: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: EmailAttachment[];

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: EmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The relay's id of the accepted message (nodemailer `messageId`). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
