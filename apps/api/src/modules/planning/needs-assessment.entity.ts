import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { NEEDS_ASSESSMENT_STATUSES, type NeedsAssessmentStatus } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';

/**
 * A police unit's needs assessment on a date: officers per competency role (`needs_assessment_role`) and level per
 * competency (`needs_assessment_level`). Kept after approval so change over time is visible; a unit has at most
 * one open (draft, submitted or returned) assessment at a time.
 */
@Entity('needs_assessment')
@Index('ix_needs_assessment__unit_assessed_on', ['policeUnitId', 'assessedOn'])
@Index('uq_needs_assessment__open', ['policeUnitId'], {
  unique: true,
  where: `"status" IN ('draft', 'submitted', 'returned')`,
})
@Index('ix_needs_assessment__status', ['status', 'submittedAt'])
export class NeedsAssessment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_needs_assessment' })
  id: string;

  @Column({ type: 'uuid' })
  policeUnitId: string;

  @ManyToOne(() => PoliceUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_unit_id', foreignKeyConstraintName: 'fk_needs_assessment__police_unit_id' })
  policeUnit?: PoliceUnit;

  @Column({ type: 'enum', enum: NEEDS_ASSESSMENT_STATUSES, enumName: 'needs_assessment_status', default: 'draft' })
  status: NeedsAssessmentStatus;

  /** The day the assessment describes (the country visit, or the coordinator's survey). */
  @Column({ type: 'date' })
  assessedOn: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_needs_assessment__created_by' })
  creator?: AppUser | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'fk_needs_assessment__submitted_by' })
  submitter?: AppUser | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'fk_needs_assessment__reviewed_by' })
  reviewer?: AppUser | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** The reviewer's note (required when returning). */
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  /** Bumped on every write; clients send it back to detect concurrent edits. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
