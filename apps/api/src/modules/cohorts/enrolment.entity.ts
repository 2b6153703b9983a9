import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { Cohort } from './cohort.entity';

/**
 * An officer in a cohort. Partial unique indexes (in the migration) allow one live enrolment per
 * officer and cohort, and one active enrolment per officer and course — plus, at most, one pending
 * switch per officer and course: a waitlisted enrolment in another run that names the seat it will
 * replace (`switch_from_id`) and never holds a seat while it waits.
 */
@Entity('enrolment')
@Check('ck_enrolment__switch_from', `"switch_from_id" IS NULL OR "status" IN ('waitlisted', 'withdrawn')`)
@Index('uq_enrolment__cohort_officer', ['cohortId', 'officerId'], { unique: true, where: `"status" <> 'withdrawn'` })
@Index('uq_enrolment__officer_course', ['officerId', 'courseId'], {
  unique: true,
  where: `"status" IN ('pending_approval', 'enrolled', 'waitlisted') AND "switch_from_id" IS NULL`,
})
@Index('uq_enrolment__pending_switch', ['officerId', 'courseId'], {
  unique: true,
  where: `"status" = 'waitlisted' AND "switch_from_id" IS NOT NULL`,
})
@Index('ix_enrolment__cohort_id', ['cohortId'])
@Index('uq_enrolment__cohort_participant', ['cohortId', 'participantNumber'], { unique: true })
@Index('ix_enrolment__waitlist', ['cohortId', 'queueNumber'], { where: `"status" = 'waitlisted'` })
export class Enrolment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrolment' })
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_enrolment__cohort_id' })
  cohort?: Cohort;

  /** Copied from the cohort so the one-active-enrolment-per-course rule is a plain index. */
  @Column({ type: 'uuid' })
  courseId: string;

  @Index('ix_enrolment__officer_id')
  @Column({ type: 'uuid' })
  officerId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officer_id', foreignKeyConstraintName: 'fk_enrolment__officer_id' })
  officer?: AppUser;

  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'enrolment_status' })
  status: EnrolmentStatus;

  /** Arrival order, taken while the cohort row is locked: the waitlist is served by it (FIFO). */
  @Generated('increment')
  @Column({ type: 'bigint' })
  queueNumber: string;

  /** The coordinator who nominated the officer, if any. */
  @Column({ type: 'uuid', nullable: true })
  nominatedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nominated_by_id', foreignKeyConstraintName: 'fk_enrolment__nominated_by_id' })
  nominatedBy?: AppUser | null;

  /**
   * Set while this is a pending "switch to this run": a waitlisted place in this run for an officer who keeps
   * their seat (this enrolment) in another run of the course until a seat here is theirs.
   */
  @Index('ix_enrolment__switch_from_id', { where: `"switch_from_id" IS NOT NULL` })
  @Column({ type: 'uuid', nullable: true })
  switchFromId: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'switch_from_id', foreignKeyConstraintName: 'fk_enrolment__switch_from_id' })
  switchFrom?: Enrolment | null;

  @Column({ type: 'smallint', default: 0 })
  progressPercent: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /**
   * The officer's pseudonym in this cohort, "Participant <number> · <code>" (`officer-name.ts`): both written by
   * the `enrolment_participant` trigger on insert (the number counted per cohort, the code drawn at random).
   */
  @Column({ type: 'integer' })
  participantNumber: number;

  @Column({ type: 'varchar', length: 6 })
  pseudonymCode: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
