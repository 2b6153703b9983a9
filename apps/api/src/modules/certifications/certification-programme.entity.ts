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
import { ContentLocale } from '../translations/content-locale.entity';

/** What an officer must complete to be certified, and how long the certification lasts. */
@Entity('certification_programme')
@Check(
  'ck_certification_programme__required_count',
  `"required_count" >= 1 AND "required_count" <= cardinality("course_ids")`,
)
@Check('ck_certification_programme__validity_months', `"validity_months" BETWEEN 1 AND 120`)
export class CertificationProgramme {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_certification_programme' })
  id: string;

  @Index('uq_certification_programme__name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  /** The set of courses; `requiredCount` of them must be completed (all of them when equal to its size). */
  @Column({ type: 'uuid', array: true })
  courseIds: string[];

  @Column({ type: 'smallint' })
  requiredCount: number;

  @Column({ type: 'smallint' })
  validityMonths: number;

  /** How many days before expiry the holder may recertify. */
  @Column({ type: 'smallint' })
  recertificationWindowDays: number;

  /**
   * A train-the-trainer programme: the courses its holders may deliver as local trainers, once their
   * coordinator and an admin confirm (empty: an ordinary programme).
   */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  trainerCourseIds: string[];

  /** Topic tags the certification attests. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  skills: string[];

  /** Bumped whenever a translatable source field changes; translations record the revision they were made from. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  /** The language the source text is written in. */
  @Column({ type: 'varchar', length: 10, default: 'en' })
  sourceLocale: string;

  @ManyToOne(() => ContentLocale, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_locale', foreignKeyConstraintName: 'fk_certification_programme__source_locale' })
  sourceContentLocale?: ContentLocale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
