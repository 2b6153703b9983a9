import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { COMPETENCY_CATEGORIES, type CompetencyCategory } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { Competency } from './competency.entity';

/**
 * Every version of a competency's source text and category, one row per revision (revision 1 is its creation):
 * a renamed competency keeps its history, and assessments recorded earlier can show the name they were made with.
 */
@Entity('competency_revision')
export class CompetencyRevision {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_competency_revision' })
  competencyId: string;

  @ManyToOne(() => Competency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_competency_revision__competency_id' })
  competency?: Competency;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_competency_revision' })
  revision: number;

  @Column({ type: 'enum', enum: COMPETENCY_CATEGORIES, enumName: 'competency_category' })
  category: CompetencyCategory;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'fk_competency_revision__changed_by' })
  changer?: AppUser | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
