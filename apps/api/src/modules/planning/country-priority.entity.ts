import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../identity/app-user.entity';
import { Country } from '../organisations/country.entity';

/**
 * An admin-set priority weight (1–5) of a country. Without a row the weight is the default:
 * `defaultCountryWeight(country.hotspot)` (4 for hotspots, 2 otherwise); see `EFFECTIVE_WEIGHT_SQL`.
 */
@Entity('country_priority')
@Check('ck_country_priority__weight', `"weight" BETWEEN 1 AND 5`)
export class CountryPriority {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_country_priority' })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_country_priority__country_code' })
  country?: Country;

  @Column({ type: 'smallint' })
  weight: number;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_country_priority__updated_by' })
  updater?: AppUser | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
