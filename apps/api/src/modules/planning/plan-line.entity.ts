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
import { DELIVERY_MODES, type DeliveryMode } from '@icspa/domain';
import { Course } from '../catalogue/course.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';
import { TrainingRequest } from '../trainer-assignment/training-request.entity';
import { Competency } from './competency.entity';
import { Workplan } from './workplan.entity';

/**
 * One line of a workplan: train `officers` of a unit on a course in a quarter, for a competency gap. Approval
 * links it to the training request (instructor-led) or open cohort (self-paced) it became.
 */
@Entity('plan_line')
@Index('uq_plan_line__unit_course_quarter', ['workplanId', 'policeUnitId', 'courseId', 'quarter'], { unique: true })
@Check('ck_plan_line__quarter', `"quarter" ~ '^[0-9]{4}-Q[1-4]$'`)
@Check('ck_plan_line__officers', `"officers" BETWEEN 1 AND 500`)
export class PlanLine {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_plan_line' })
  id: string;

  @Column({ type: 'uuid' })
  workplanId: string;

  @ManyToOne(() => Workplan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workplan_id', foreignKeyConstraintName: 'fk_plan_line__workplan_id' })
  workplan?: Workplan;

  /** The unit the need came from, or the lead unit of a country-wide line. */
  @Index('ix_plan_line__police_unit_id')
  @Column({ type: 'uuid' })
  policeUnitId: string;

  @ManyToOne(() => PoliceUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_unit_id', foreignKeyConstraintName: 'fk_plan_line__police_unit_id' })
  policeUnit?: PoliceUnit;

  @Index('ix_plan_line__course_id')
  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_plan_line__course_id' })
  course?: Course;

  /** The competency gap the line closes (null: added by the admin without one). */
  @Column({ type: 'uuid', nullable: true })
  competencyId: string | null;

  @ManyToOne(() => Competency, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_plan_line__competency_id' })
  competency?: Competency | null;

  @Column({ type: 'smallint' })
  officers: number;

  @Column({ type: 'enum', enum: DELIVERY_MODES, enumName: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column({ type: 'varchar', length: 10 })
  language: string;

  /** `YYYY-Qn`. */
  @Column({ type: 'varchar', length: 7 })
  quarter: string;

  /** Why the proposal chose the line (gap × priority × weight, the figures used); null for admin-added lines. */
  @Column({ type: 'jsonb', nullable: true })
  priorityExplanation: Record<string, unknown> | null;

  @Index('uq_plan_line__training_request_id', { unique: true, where: `"training_request_id" IS NOT NULL` })
  @Column({ type: 'uuid', nullable: true })
  trainingRequestId: string | null;

  @ManyToOne(() => TrainingRequest, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'training_request_id', foreignKeyConstraintName: 'fk_plan_line__training_request_id' })
  trainingRequest?: TrainingRequest | null;

  @Index('ix_plan_line__cohort_id')
  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_plan_line__cohort_id' })
  cohort?: Cohort | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
