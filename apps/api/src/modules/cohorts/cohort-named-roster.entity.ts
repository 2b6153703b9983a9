import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../identity/app-user.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';
import { Cohort } from './cohort.entity';

/**
 * A police unit's choice that member-firm staff see its officers in one cohort by name rather than by pseudonym
 * (recorded with its reason; protected officers stay pseudonymous). Deleting the row withdraws the choice.
 */
@Entity('cohort_named_roster')
export class CohortNamedRoster {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_named_roster' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_named_roster__cohort_id' })
  cohort?: Cohort;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_named_roster' })
  policeUnitId: string;

  @ManyToOne(() => PoliceUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'police_unit_id', foreignKeyConstraintName: 'fk_cohort_named_roster__police_unit_id' })
  policeUnit?: PoliceUnit;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  optedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opted_by_id', foreignKeyConstraintName: 'fk_cohort_named_roster__opted_by_id' })
  optedBy?: AppUser | null;

  @CreateDateColumn({ type: 'timestamptz' })
  optedAt: Date;
}
