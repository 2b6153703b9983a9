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
import { LOCAL_TRAINER_APPLICATION_STATUSES, type LocalTrainerApplicationStatus } from '@icspa/domain';
import { Certification } from '../certifications/certification.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { AppUser } from '../identity/app-user.entity';

/**
 * An officer asks to become a local trainer on the strength of a train-the-trainer certification; their
 * unit's coordinator and an admin both confirm (in either order), and the second confirmation grants
 * `local_trainer` for the programme's courses and writes their trainer profile. One pending application
 * per officer.
 */
@Entity('local_trainer_application')
@Check('ck_local_trainer_application__load_limit', `"load_limit_per_quarter" BETWEEN 1 AND 50`)
@Index('uq_local_trainer_application__pending', ['officerId'], { unique: true, where: `"status" = 'pending'` })
export class LocalTrainerApplication {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_trainer_application' })
  id: string;

  @Column({ type: 'uuid' })
  officerId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officer_id', foreignKeyConstraintName: 'fk_local_trainer_application__officer_id' })
  officer?: AppUser;

  /** The train-the-trainer certification the officer holds. */
  @Column({ type: 'uuid' })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'certification_id',
    foreignKeyConstraintName: 'fk_local_trainer_application__certification_id',
  })
  certification?: Certification;

  /** The courses the officer would deliver: the programme's trainer courses when they applied. */
  @Column({ type: 'uuid', array: true })
  courseIds: string[];

  /** BCP 47 tags of the languages they teach in. */
  @Column({ type: 'varchar', length: 10, array: true })
  languages: string[];

  @Column({ type: 'smallint' })
  loadLimitPerQuarter: number;

  /** The cohort in which they completed the train-the-trainer course (lineage), when known. */
  @Column({ type: 'uuid', nullable: true })
  trainedInCohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'trained_in_cohort_id',
    foreignKeyConstraintName: 'fk_local_trainer_application__trained_in_cohort_id',
  })
  trainedInCohort?: Cohort | null;

  @Column({
    type: 'enum',
    enum: LOCAL_TRAINER_APPLICATION_STATUSES,
    enumName: 'local_trainer_application_status',
    default: 'pending',
  })
  status: LocalTrainerApplicationStatus;

  @Column({ type: 'uuid', nullable: true })
  coordinatorConfirmedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'coordinator_confirmed_by',
    foreignKeyConstraintName: 'fk_local_trainer_application__coordinator_confirmed_by',
  })
  coordinatorConfirmer?: AppUser | null;

  @Column({ type: 'timestamptz', nullable: true })
  coordinatorConfirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  adminConfirmedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'admin_confirmed_by',
    foreignKeyConstraintName: 'fk_local_trainer_application__admin_confirmed_by',
  })
  adminConfirmer?: AppUser | null;

  @Column({ type: 'timestamptz', nullable: true })
  adminConfirmedAt: Date | null;

  /** Who refused it (coordinator or admin), when and why. */
  @Column({ type: 'uuid', nullable: true })
  refusedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'refused_by', foreignKeyConstraintName: 'fk_local_trainer_application__refused_by' })
  refuser?: AppUser | null;

  @Column({ type: 'timestamptz', nullable: true })
  refusedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  refusalReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
