import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  COURSE_LEVELS,
  COURSE_STATUSES,
  DELIVERY_POLICIES,
  type CourseLevel,
  type CourseStatus,
  type DeliveryPolicy,
} from '@icspa/domain';
import { ContentLocale } from '../translations/content-locale.entity';
import { CourseModule } from './course-module.entity';

@Entity('course')
@Check('ck_course__hours', `"hours" > 0`)
@Check('ck_course__min_attendance_percent', `"min_attendance_percent" BETWEEN 0 AND 100`)
@Index('ix_course__topics', { synchronize: false })
@Index('ix_course__languages', { synchronize: false })
export class Course {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course' })
  id: string;

  /** Catalogue code such as FR-101. */
  @Index('uq_course__code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'enum', enum: COURSE_LEVELS, enumName: 'course_level' })
  level: CourseLevel;

  /** Topic tags, e.g. digital-forensics. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  topics: string[];

  /** BCP 47 tags of the languages the course is taught in. */
  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'smallint' })
  hours: number;

  /** In person and blended runs: the share of sessions an officer attends to complete (present or late; excused left out). */
  @Column({ type: 'smallint', default: 80 })
  minAttendancePercent: number;

  @Column({ type: 'enum', enum: COURSE_STATUSES, enumName: 'course_status', default: 'draft' })
  status: CourseStatus;

  /**
   * Who delivers the course when a unit asks for it (local trainers first, experts only, or a co-delivery
   * pair); null: the default of its level (defaultDeliveryPolicy).
   */
  @Column({ type: 'enum', enum: DELIVERY_POLICIES, enumName: 'delivery_policy', nullable: true })
  deliveryPolicy: DeliveryPolicy | null;

  /** Bumped whenever a translatable source field changes; translations record the revision they were made from. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  /** The language the source text is written in. */
  @Column({ type: 'varchar', length: 10, default: 'en' })
  sourceLocale: string;

  @ManyToOne(() => ContentLocale, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_locale', foreignKeyConstraintName: 'fk_course__source_locale' })
  sourceContentLocale?: ContentLocale;

  @OneToMany(() => CourseModule, (m) => m.course)
  modules?: CourseModule[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
