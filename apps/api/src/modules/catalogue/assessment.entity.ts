import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from './course.entity';

/** The one assessment of a course: a question bank from which each attempt draws. */
@Entity('assessment')
@Check('ck_assessment__pass_mark', `"pass_mark" BETWEEN 1 AND 100`)
@Check('ck_assessment__attempt_limit', `"attempt_limit" >= 1`)
@Check('ck_assessment__questions_per_attempt', `"questions_per_attempt" >= 1`)
export class Assessment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessment' })
  id: string;

  @Index('uq_assessment__course_id', { unique: true })
  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_assessment__course_id' })
  course?: Course;

  /** Percentage needed to pass. */
  @Column({ type: 'smallint' })
  passMark: number;

  @Column({ type: 'smallint' })
  attemptLimit: number;

  @Column({ type: 'smallint' })
  questionsPerAttempt: number;

  @Column({ type: 'smallint', nullable: true })
  timeLimitMinutes: number | null;
}
