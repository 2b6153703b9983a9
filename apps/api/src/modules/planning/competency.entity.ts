import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { COMPETENCY_CATEGORIES, type CompetencyCategory } from '@icspa/domain';

/**
 * A competency of the framework, with levels (`COMPETENCY_LEVELS`): not a trainer's topic skill. The English
 * source text is here, every version of it in `competency_revision`, translations in `translation`
 * (entity type `competency`).
 */
@Entity('competency')
export class Competency {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_competency' })
  id: string;

  /** Stable identifier, unchanged by renames. */
  @Index('uq_competency__key', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Index('ix_competency__category')
  @Column({ type: 'enum', enum: COMPETENCY_CATEGORIES, enumName: 'competency_category' })
  category: CompetencyCategory;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  /** The current version: equals the highest `competency_revision.revision` of this competency. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
