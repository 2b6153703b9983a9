import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';
import { AppUser } from '../identity/app-user.entity';

/** What a trainer can deliver, and where. GIN indexes (in the migration) serve the matcher's filters. */
@Entity('trainer_profile')
@Check('ck_trainer_profile__load_limit', `"load_limit_per_quarter" BETWEEN 0 AND 50`)
@Index('ix_trainer_profile__languages', { synchronize: false })
@Index('ix_trainer_profile__course_ids', { synchronize: false })
@Index('ix_trainer_profile__country_codes', { synchronize: false })
export class TrainerProfile {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_trainer_profile' })
  userId: string;

  @OneToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_trainer_profile__user_id' })
  user?: AppUser;

  /** BCP 47 tags. */
  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  languages: string[];

  /** Topic tags. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  skills: string[];

  /** Courses the trainer is qualified to deliver. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  courseIds: string[];

  /** Countries the trainer delivers in person (ISO alpha-2). */
  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  countryCodes: string[];

  /** Countries the trainer must not be sent to. */
  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  excludedCountryCodes: string[];

  @Column({ type: 'boolean', default: false })
  onlineOnly: boolean;

  @Column({ type: 'smallint', default: 4 })
  loadLimitPerQuarter: number;

  /** A local trainer (an officer, not a member firm's expert): when their coordinator and an admin confirmed them. */
  @Column({ type: 'timestamptz', nullable: true })
  localSince: Date | null;

  /** A local trainer's lineage: the cohort of the train-the-trainer course that trained them (null: unknown, or an expert). */
  @Column({ type: 'uuid', nullable: true })
  trainedInCohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'trained_in_cohort_id', foreignKeyConstraintName: 'fk_trainer_profile__trained_in_cohort_id' })
  trainedInCohort?: Cohort | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
