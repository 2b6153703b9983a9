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
import { COHORT_STATUSES, DELIVERY_MODES, type CohortStatus, type DeliveryMode } from '@icspa/domain';
import { Course } from '../catalogue/course.entity';
import { AppUser } from '../identity/app-user.entity';
import { Country } from '../organisations/country.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';

/**
 * One scheduled run of a course. `seats_taken` counts enrolled (and completed/failed) officers; the
 * check constraint makes over-booking impossible whatever the application does.
 */
@Entity('cohort')
@Check('ck_cohort__capacity', `"capacity" > 0`)
@Check('ck_cohort__seats_taken', `"seats_taken" >= 0 AND "seats_taken" <= "capacity"`)
@Check('ck_cohort__ends_at', `"ends_at" > "starts_at"`)
@Check('ck_cohort__place', `"delivery_mode" = 'online' OR ("country_code" IS NOT NULL AND "city" IS NOT NULL)`)
@Check(
  'ck_cohort__co_trainer',
  `"co_trainer_id" IS NULL OR ("trainer_id" IS NOT NULL AND "co_trainer_id" <> "trainer_id")`,
)
@Index('ix_cohort__course_id', ['courseId', 'startsAt'])
@Index('ix_cohort__co_trainer_id', ['coTrainerId'], { where: `"co_trainer_id" IS NOT NULL` })
export class Cohort {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohort' })
  id: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_cohort__course_id' })
  course?: Course;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'enum', enum: DELIVERY_MODES, enumName: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column({ type: 'varchar', length: 10 })
  language: string;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_cohort__country_code' })
  country?: Country | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer', default: 0 })
  seatsTaken: number;

  @Index('ix_cohort__trainer_id')
  @Column({ type: 'uuid', nullable: true })
  trainerId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_cohort__trainer_id' })
  trainer?: AppUser | null;

  /** Co-delivery: the local trainer teaching beside the expert `trainer_id` (booked as `co_delivery`). */
  @Column({ type: 'uuid', nullable: true })
  coTrainerId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'co_trainer_id', foreignKeyConstraintName: 'fk_cohort__co_trainer_id' })
  coTrainer?: AppUser | null;

  /** Set when the cohort was scheduled for one police unit (from a training request). */
  @Column({ type: 'uuid', nullable: true })
  policeUnitId: string | null;

  @ManyToOne(() => PoliceUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_unit_id', foreignKeyConstraintName: 'fk_cohort__police_unit_id' })
  policeUnit?: PoliceUnit | null;

  /** Officers' own requests wait for their coordinator's approval. */
  @Column({ type: 'boolean', default: false })
  requiresApproval: boolean;

  /** How many participant numbers the cohort has given (the `enrolment_participant` trigger counts here). */
  @Column({ type: 'integer', default: 0 })
  participantsNumbered: number;

  @Index('ix_cohort__status')
  @Column({ type: 'enum', enum: COHORT_STATUSES, enumName: 'cohort_status', default: 'planned' })
  status: CohortStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
