import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { TrainingRequest } from './training-request.entity';

/**
 * A trainer proposed for (and perhaps accepted into) a training request. A proposal books the trainer
 * in `trainer_booking` (whose exclusion constraint refuses overlaps); accepting moves that booking to
 * the cohort it schedules.
 */
@Entity('assignment')
@Check('ck_assignment__seat', `"seat" IN (1, 2) AND ("seat" = 1 OR "co_delivery_partner_id" IS NOT NULL)`)
@Index('uq_assignment__request_live', ['trainingRequestId', 'seat'], {
  unique: true,
  where: `"status" IN ('proposed', 'accepted')`,
})
@Index('ix_assignment__trainer_id', ['trainerId', 'status'])
@Index('ix_assignment__training_request_id', ['trainingRequestId', 'trainerId'])
@Index('ix_assignment__expires_at', ['expiresAt'], { where: `"status" = 'proposed'` })
export class Assignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assignment' })
  id: string;

  @Column({ type: 'uuid' })
  trainingRequestId: string;

  @ManyToOne(() => TrainingRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_request_id', foreignKeyConstraintName: 'fk_assignment__training_request_id' })
  trainingRequest?: TrainingRequest;

  @Column({ type: 'uuid' })
  trainerId: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_assignment__trainer_id' })
  trainer?: AppUser;

  @Column({ type: 'tstzrange' })
  period: string;

  @Column({ type: 'enum', enum: ASSIGNMENT_STATUSES, enumName: 'assignment_status' })
  status: AssignmentStatus;

  /** Place in the ranking of its round, from 1. */
  @Column({ type: 'smallint' })
  rank: number;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'timestamptz' })
  proposedAt: Date;

  /** An unanswered proposal lapses at this instant. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  /** 1: the trainer (the expert of a co-delivery pair); 2: a co-delivery pair's local trainer. One live assignment per request and seat. */
  @Column({ type: 'smallint', default: 1 })
  seat: number;

  /** Co-delivery: the other assignment of the pair (each names the other). */
  @Column({ type: 'uuid', nullable: true })
  coDeliveryPartnerId: string | null;

  @ManyToOne(() => Assignment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'co_delivery_partner_id', foreignKeyConstraintName: 'fk_assignment__co_delivery_partner_id' })
  coDeliveryPartner?: Assignment | null;
}
