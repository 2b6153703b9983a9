import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Country } from './country.entity';

/** A unit's name is unique within its country (the seed relies on it to stay idempotent). */
@Entity('police_unit')
@Index('uq_police_unit__name', ['countryCode', 'name'], { unique: true })
export class PoliceUnit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_police_unit' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  agency: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Index('ix_police_unit__country_code')
  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_police_unit__country_code' })
  country?: Country;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
