import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enrolment } from './enrolment.entity';

/** One sitting of a course's assessment. Once submitted it never changes. */
@Entity('assessment_attempt')
@Index('ix_assessment_attempt__enrolment_id', ['enrolmentId', 'startedAt'])
export class AssessmentAttempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessment_attempt' })
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_assessment_attempt__enrolment_id' })
  enrolment?: Enrolment;

  /** The questions drawn from the bank for this attempt, in the order shown. */
  @Column({ type: 'uuid', array: true })
  questionIds: string[];

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  /** After this instant a submission is refused (null: no time limit). */
  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Question id → chosen option ids. */
  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, string[]> | null;

  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  /** The language the attempt was taken in (its questions were shown in it); scoring does not depend on it. */
  @Column({ type: 'varchar', length: 10, default: 'en' })
  locale: string;
}
