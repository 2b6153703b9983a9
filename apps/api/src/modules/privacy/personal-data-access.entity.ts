import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from '../identity/app-user.entity';

/**
 * The access log: one read of an officer's personal data by someone outside the officer's own unit (a roster, a
 * training record, an export), what was read and through which object. Read by the officer, their unit's
 * coordinator and the admins. Append-only.
 */
@Entity('personal_data_access')
@Index('ix_personal_data_access__officer_id_at', ['officerId', 'at'])
export class PersonalDataAccess {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_personal_data_access' })
  id: string;

  @Column({ type: 'uuid' })
  officerId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officer_id', foreignKeyConstraintName: 'fk_personal_data_access__officer_id' })
  officer?: AppUser;

  /** Who read it (null once that account is gone). */
  @Index('ix_personal_data_access__reader_id')
  @Column({ type: 'uuid', nullable: true })
  readerId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reader_id', foreignKeyConstraintName: 'fk_personal_data_access__reader_id' })
  reader?: AppUser | null;

  /** What was read: `roster`, `enrolment`, `attempt`, `attendance`, `training_record`, `export`, … */
  @Column({ type: 'varchar', length: 40 })
  purpose: string;

  /** The object read through (a cohort, a training session, an export), as in the audit log. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  objectType: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  objectId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
