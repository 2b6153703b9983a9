import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Course } from '../catalogue/course.entity';
import { Competency } from './competency.entity';

/** A competency a course gives, at a level (1–5), to an officer who completes it. */
@Entity('course_competency')
@Check('ck_course_competency__level', `"level" BETWEEN 1 AND 5`)
export class CourseCompetency {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_course_competency' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_competency__course_id' })
  course?: Course;

  @Index('ix_course_competency__competency_id')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_course_competency' })
  competencyId: string;

  @ManyToOne(() => Competency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_course_competency__competency_id' })
  competency?: Competency;

  @Column({ type: 'smallint' })
  level: number;
}
