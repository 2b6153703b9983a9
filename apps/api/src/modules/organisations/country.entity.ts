import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity';

@Entity('country')
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
}
