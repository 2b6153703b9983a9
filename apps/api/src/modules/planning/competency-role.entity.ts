import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { COMPETENCY_ROLE_SECTORS, type CompetencyRoleSector } from '@icspa/domain';

/**
 * A competency role of the framework (first responder, digital forensics examiner, prosecutor…): not a user role.
 * Its name and description are the English source; other languages live in `translation`
 * (entity type `competency_role`). `revision` is bumped on every source edit, as for courses.
 */
@Entity('competency_role')
@Check('ck_competency_role__position', `"position" >= 0`)
export class CompetencyRole {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_competency_role' })
  id: string;

  /** Stable identifier (seed, links): lower-case words joined by `_`. */
  @Index('uq_competency_role__key', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  /** Order in which the framework lists its roles. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'enum', enum: COMPETENCY_ROLE_SECTORS, enumName: 'competency_role_sector' })
  sector: CompetencyRoleSector;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'int', default: 1 })
  revision: number;

  /** Retired roles stay for history (old assessments name them) but are not offered any more. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
