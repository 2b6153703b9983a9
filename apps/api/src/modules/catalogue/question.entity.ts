import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QUESTION_KINDS, type QuestionKind } from '@icspa/domain';
import { Assessment } from './assessment.entity';

export interface QuestionOption {
  id: string;
  text: string;
}

/** A question of an assessment's bank. `correct` never leaves the server before submission. */
@Entity('question')
export class Question {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_question' })
  id: string;

  @Index('ix_question__assessment_id')
  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_question__assessment_id' })
  assessment?: Assessment;

  @Column({ type: 'enum', enum: QUESTION_KINDS, enumName: 'question_kind' })
  kind: QuestionKind;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ type: 'jsonb' })
  options: QuestionOption[];

  /** Ids of the correct options. */
  @Column({ type: 'jsonb' })
  correct: string[];

  /** Bumped whenever a translatable source field changes; translations record the revision they were made from. */
  @Column({ type: 'int', default: 1 })
  revision: number;
}
