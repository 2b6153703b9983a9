import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Lesson } from '../catalogue/lesson.entity';
import { Enrolment } from './enrolment.entity';

/** A lesson an officer finished within an enrolment; saving it twice is harmless. */
@Entity('lesson_completion')
@Index('ix_lesson_completion__lesson_id', ['lessonId'])
export class LessonCompletion {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_completion' })
  enrolmentId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_completion' })
  lessonId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_lesson_completion__enrolment_id' })
  enrolment?: Enrolment;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_lesson_completion__lesson_id' })
  lesson?: Lesson;

  @CreateDateColumn({ type: 'timestamptz' })
  completedAt: Date;

  /** The id a browser gave a completion made offline, so a repeated sync is accepted once; null online. */
  @Index('uq_lesson_completion__client_id', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;
}
