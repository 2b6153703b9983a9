import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to put on the queue, written in the same transaction as the change that calls for it. The relay
 * job (core/outbox/relay-outbox.job.ts) claims it, enqueues it and marks it dispatched.
 */
@Entity('outbox_message')
@Index('ix_outbox_message__pending', ['createdAt'], { where: `"dispatched_at" IS NULL` })
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_outbox_message' })
  id: string;

  /** A registered job name. */
  @Column({ type: 'varchar', length: 80 })
  jobName: string;

  /** The job's payload: ids only. */
  @Column({ type: 'jsonb' })
  payload: Record<string, string | number>;

  /** Deterministic BullMQ job id (no `:`), so sending twice is harmless. */
  @Column({ type: 'varchar', length: 200 })
  jobId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When a relay took the row; a claim older than a minute belongs to a relay that died, and is taken over. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
