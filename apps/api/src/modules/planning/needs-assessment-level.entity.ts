import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LEVEL_SOURCES, type LevelSource } from '@icspa/domain';
import { Competency } from './competency.entity';
import { NeedsAssessment } from './needs-assessment.entity';

/**
 * Per competency: the level the platform inferred from the unit's officers (`INFERENCE_SHARE` rule, 0–5, 0 = none)
 * and the current level the assessment records (equal to it unless the assessor corrected it).
 */
@Entity('needs_assessment_level')
@Check('ck_needs_assessment_level__levels', `"current_level" BETWEEN 0 AND 5 AND "inferred_level" BETWEEN 0 AND 5`)
export class NeedsAssessmentLevel {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_needs_assessment_level' })
  needsAssessmentId: string;

  @ManyToOne(() => NeedsAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'needs_assessment_id', foreignKeyConstraintName: 'fk_needs_assessment_level__assessment_id' })
  needsAssessment?: NeedsAssessment;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_needs_assessment_level' })
  competencyId: string;

  @ManyToOne(() => Competency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_needs_assessment_level__competency_id' })
  competency?: Competency;

  /** The competency's revision when the level was recorded (its name then: `competency_revision`). */
  @Column({ type: 'int' })
  competencyRevision: number;

  @Column({ type: 'smallint' })
  inferredLevel: number;

  @Column({ type: 'smallint' })
  currentLevel: number;

  @Column({ type: 'enum', enum: LEVEL_SOURCES, enumName: 'competency_level_source', default: 'inferred' })
  source: LevelSource;
}
