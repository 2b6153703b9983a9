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
import {
  DELIVERY_MODES,
  REQUEST_REOPEN_REASONS,
  TRAINING_REQUEST_STATUSES,
  type DeliveryMode,
  type RequestReopenReason,
  type TrainingRequestStatus,
  type TrainerPool,
} from '@icspa/domain';
import { Course } from '../catalogue/course.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { AppUser } from '../identity/app-user.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';

export interface RankingEntry {
  trainerId: string;
  trainerName: string;
  /** Null for a local trainer. */
  memberFirmId: string | null;
  /** Absent in rounds recorded before local trainers (all experts then). */
  pool?: TrainerPool;
  score: number;
  reasons: string[];
}

/** The matcher's record of one round: who was eligible, how they ranked, and how many each rule ruled out. */
export interface MatchRound {
  round: number;
  at: string;
  ranking: RankingEntry[];
  excluded: Record<string, number>;
}

/** A police unit asks for a course to be taught: the queue finds a trainer. */
@Entity('training_request')
@Check('ck_training_request__seats', `"seats" BETWEEN 1 AND 500`)
@Check('ck_training_request__period', `NOT isempty("period")`)
@Index('ix_training_request__status', ['status', 'updatedAt'])
export class TrainingRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_training_request' })
  id: string;

  @Index('ix_training_request__police_unit_id')
  @Column({ type: 'uuid' })
  policeUnitId: string;

  @ManyToOne(() => PoliceUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_unit_id', foreignKeyConstraintName: 'fk_training_request__police_unit_id' })
  policeUnit?: PoliceUnit;

  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_training_request__course_id' })
  course?: Course;

  @Column({ type: 'varchar', length: 10 })
  language: string;

  /** Wished period `[start, end)`. */
  @Column({ type: 'tstzrange' })
  period: string;

  @Column({ type: 'enum', enum: DELIVERY_MODES, enumName: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column({ type: 'smallint' })
  seats: number;

  @Column({ type: 'enum', enum: TRAINING_REQUEST_STATUSES, enumName: 'training_request_status', default: 'pending' })
  status: TrainingRequestStatus;

  /** Increases each time the request goes back to the matcher; part of the job id. */
  @Column({ type: 'integer', default: 1 })
  round: number;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_training_request__requested_by_id' })
  requestedBy?: AppUser | null;

  /** The cohort scheduled when a trainer accepted. */
  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_training_request__cohort_id' })
  cohort?: Cohort | null;

  /** Every matching round, newest last. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  matchRounds: MatchRound[];

  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  /** When an unfilled request last went back to the matcher because a trainer became free. */
  @Column({ type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  /** Why it went back then. */
  @Column({
    type: 'enum',
    enum: REQUEST_REOPEN_REASONS,
    enumName: 'training_request_reopen_reason',
    nullable: true,
  })
  reopenReason: RequestReopenReason | null;

  /** The round that re-try started; when it ends unfilled again, admins are not told twice. */
  @Column({ type: 'integer', nullable: true })
  reopenedRound: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
