import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TRAINING_SESSION_STATUSES, type TrainingSessionStatus } from '@icspa/domain';
import { Cohort } from './cohort.entity';

/**
 * One meeting of a cohort: its start and end (stored in UTC), the venue's IANA time zone, and its place
 * (a venue with its address, or an online meeting link). The cohort's dates are the first start and the
 * last end of its scheduled sessions, kept in the transaction that changes them. `sequence` counts the
 * changes a calendar client must take (iCalendar SEQUENCE).
 */
@Entity('training_session')
@Check('ck_training_session__ends_at', `"ends_at" > "starts_at"`)
@Check('ck_training_session__online_url', `"online_url" IS NULL OR "online_url" LIKE 'https://%'`)
@Index('ix_training_session__cohort_id', ['cohortId', 'startsAt'])
@Index('ix_training_session__starts_at', ['startsAt'])
export class TrainingSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_training_session' })
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_training_session__cohort_id' })
  cohort?: Cohort;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** IANA name of the venue's time zone (the online meeting's host zone). */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  venueAddress: string | null;

  /** https only. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  /** Order of the session in its cohort (1, 2, …), given when it is added. */
  @Column({ type: 'integer' })
  position: number;

  @Column({
    type: 'enum',
    enum: TRAINING_SESSION_STATUSES,
    enumName: 'training_session_status',
    default: 'scheduled',
  })
  status: TrainingSessionStatus;

  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
