import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { Enrolment } from './enrolment.entity';
import { TrainingSession } from './training-session.entity';

/** How one enrolled officer attended one training session, as the trainer's sign-in sheet records it. */
@Entity('attendance')
export class Attendance {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attendance' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_attendance__enrolment_id' })
  enrolment?: Enrolment;

  @Index('ix_attendance__training_session_id')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attendance' })
  trainingSessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_session_id', foreignKeyConstraintName: 'fk_attendance__training_session_id' })
  trainingSession?: TrainingSession;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' })
  status: AttendanceStatus;

  @Column({ type: 'uuid', nullable: true })
  markedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by_id', foreignKeyConstraintName: 'fk_attendance__marked_by_id' })
  markedBy?: AppUser | null;

  @Column({ type: 'timestamptz' })
  markedAt: Date;
}
