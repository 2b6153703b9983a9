import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity';

@Entity('country')
@Check('ck_country__retention_years', `"retention_years" IS NULL OR "retention_years" BETWEEN 1 AND 50`)
export class Country {
  /** ISO 3166-1 alpha-2. */
  @PrimaryColumn({ primaryKeyConstraintName: 'pk_country', type: 'char', length: 2 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Index('ix_country__region_code')
  @Column({ type: 'varchar', length: 40 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_country__region_code' })
  region?: Region;

  /** A cybercrime hotspot: the alliance's priority for training. */
  @Column({ type: 'boolean', default: false })
  hotspot: boolean;

  /**
   * Whole years an officer's personal data is kept after they left their unit or were disabled (`app_user.left_at`);
   * the daily retention job erases it after that. Null: kept (no retention set).
   */
  @Column({ type: 'smallint', nullable: true })
  retentionYears: number | null;
}
