import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CertificationProgramme } from '../certifications/certification-programme.entity';
import { Competency } from './competency.entity';

/** A competency a certification programme attests, at a level (1–5), while the certification is live. */
@Entity('programme_competency')
@Check('ck_programme_competency__level', `"level" BETWEEN 1 AND 5`)
export class ProgrammeCompetency {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_programme_competency' })
  programmeId: string;

  @ManyToOne(() => CertificationProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_competency__programme_id' })
  programme?: CertificationProgramme;

  @Index('ix_programme_competency__competency_id')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_programme_competency' })
  competencyId: string;

  @ManyToOne(() => Competency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_programme_competency__competency_id' })
  competency?: Competency;

  @Column({ type: 'smallint' })
  level: number;
}
