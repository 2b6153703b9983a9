import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyRole } from './competency-role.entity';
import { Competency } from './competency.entity';

/** A competency a competency role needs, and the level (1–5) the role requires. */
@Entity('competency_role_competency')
@Check('ck_competency_role_competency__required_level', `"required_level" BETWEEN 1 AND 5`)
export class CompetencyRoleCompetency {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_competency_role_competency' })
  competencyRoleId: string;

  @ManyToOne(() => CompetencyRole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_role_id', foreignKeyConstraintName: 'fk_competency_role_competency__role_id' })
  competencyRole?: CompetencyRole;

  @Index('ix_competency_role_competency__competency_id')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_competency_role_competency' })
  competencyId: string;

  @ManyToOne(() => Competency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_competency_role_competency__competency_id' })
  competency?: Competency;

  @Column({ type: 'smallint' })
  requiredLevel: number;
}
