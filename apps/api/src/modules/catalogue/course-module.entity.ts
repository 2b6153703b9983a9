import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from './course.entity';
import { Lesson } from './lesson.entity';

/** A chapter of a course. (`module` would clash with Nest's word, hence `course_module`.) */
@Entity('course_module')
@Index('ix_course_module__course_id', ['courseId', 'position'])
export class CourseModule {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_module' })
  id: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, (c) => c.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_module__course_id' })
  course?: Course;

  /** Order within the course, from 1. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @OneToMany(() => Lesson, (l) => l.module)
  lessons?: Lesson[];

  /** Bumped whenever a translatable source field changes; translations record the revision they were made from. */
  @Column({ type: 'int', default: 1 })
  revision: number;
}
