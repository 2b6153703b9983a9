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
import { WORKPLAN_STATUSES, type WorkplanStatus } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { Country } from '../organisations/country.entity';

/** A country's training plan for a period of quarters (`2027-Q1` … `2027-Q4`), drafted then approved by an admin. */
@Entity('workplan')
@Check(
  'ck_workplan__quarters',
  `"period_start" ~ '^[0-9]{4}-Q[1-4]$' AND "period_end" ~ '^[0-9]{4}-Q[1-4]$' AND "period_start" <= "period_end"`,
)
@Index('ix_workplan__country_period', ['countryCode', 'periodStart'])
export class Workplan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workplan' })
  id: string;

  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_workplan__country_code' })
  country?: Country;

  /** First quarter of the period, `YYYY-Qn`. */
  @Column({ type: 'varchar', length: 7 })
  periodStart: string;

  /** Last quarter of the period (inclusive). */
  @Column({ type: 'varchar', length: 7 })
  periodEnd: string;

  @Column({ type: 'enum', enum: WORKPLAN_STATUSES, enumName: 'workplan_status', default: 'draft' })
  status: WorkplanStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_workplan__created_by' })
  creator?: AppUser | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by', foreignKeyConstraintName: 'fk_workplan__approved_by' })
  approver?: AppUser | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
