import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from '../identity/app-user.entity';

@Entity('trainer_unavailability')
@Index('ix_trainer_unavailability__period', { synchronize: false })
// GiST on the period alone (migration 1765520000000): the matcher's "who is away then" as one set.
@Index('ix_trainer_unavailability__period_only', { synchronize: false })
export class TrainerUnavailability {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_trainer_unavailability' })
  id: string;

  @Column({ type: 'uuid' })
  trainerId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_trainer_unavailability__trainer_id' })
  trainer?: AppUser;

  /** `[start, end)` */
  @Column({ type: 'tstzrange' })
  period: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
