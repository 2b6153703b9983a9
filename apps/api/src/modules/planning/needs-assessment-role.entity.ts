import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyRole } from './competency-role.entity';
import { NeedsAssessment } from './needs-assessment.entity';

/** Per competency role: how many officers the unit has in it now, and how many it needs. */
@Entity('needs_assessment_role')
@Check(
  'ck_needs_assessment_role__officers',
  `"officers_now" BETWEEN 0 AND 100000 AND "officers_needed" BETWEEN 0 AND 100000`,
)
export class NeedsAssessmentRole {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_needs_assessment_role' })
  needsAssessmentId: string;

  @ManyToOne(() => NeedsAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'needs_assessment_id', foreignKeyConstraintName: 'fk_needs_assessment_role__assessment_id' })
  needsAssessment?: NeedsAssessment;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_needs_assessment_role' })
  competencyRoleId: string;

  @ManyToOne(() => CompetencyRole, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_role_id', foreignKeyConstraintName: 'fk_needs_assessment_role__role_id' })
  competencyRole?: CompetencyRole;

  @Column({ type: 'int' })
  officersNow: number;

  @Column({ type: 'int' })
  officersNeeded: number;
}
