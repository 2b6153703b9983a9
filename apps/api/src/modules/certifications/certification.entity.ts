import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  CERTIFICATION_STATUSES,
  REVOCATION_CATEGORIES,
  type CertificationStatus,
  type RevocationCategory,
} from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import { CertificationProgramme } from './certification-programme.entity';
import { CredentialStatusList } from './credential-status-list.entity';

/**
 * One certification held by one officer. The first of a programme is unique per holder (the issuing
 * job can run twice without issuing twice); each recertification follows exactly one predecessor.
 */
@Entity('certification')
@Index('uq_certification__first', ['holderId', 'programmeId'], { unique: true, where: `"previous_id" IS NULL` })
@Index('ix_certification__expires_at', ['status', 'expiresAt'])
@Index('uq_certification__status_list_index', ['statusList', 'statusListIndex'], { unique: true })
export class Certification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_certification' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => CertificationProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_certification__programme_id' })
  programme?: CertificationProgramme;

  @Index('ix_certification__holder_id')
  @Column({ type: 'uuid' })
  holderId: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_id', foreignKeyConstraintName: 'fk_certification__holder_id' })
  holder?: AppUser;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'enum', enum: CERTIFICATION_STATUSES, enumName: 'certification_status', default: 'active' })
  status: CertificationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** For the holder and admins only. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  revokedReason: string | null;

  /** What verifiers are told of the reason (`other` for revocations before categories existed). */
  @Column({ type: 'enum', enum: REVOCATION_CATEGORIES, enumName: 'revocation_category', nullable: true })
  revocationCategory: RevocationCategory | null;

  /** Public verification code: 100 random bits in Crockford base 32 (before: 128 bits, base64url). */
  @Index('uq_certification__public_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  publicCode: string;

  /** The revocation status list holding this certification's bit (1: everything issued before random indexes). */
  @Column({ type: 'integer', default: 1 })
  statusList: number;

  @ManyToOne(() => CredentialStatusList, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'status_list', foreignKeyConstraintName: 'fk_certification__status_list' })
  list?: CredentialStatusList;

  /**
   * This certification's bit in its list, drawn at random from the list's free ones; list 1's were sequential
   * (a row written without one still gets the next of list 1, as before).
   */
  @Generated('increment')
  @Column({ type: 'integer' })
  statusListIndex: number;

  /** Salt of the credential's hashed identifiers (null: issued before they existed). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  identitySalt: string | null;

  /** The certification this one renews. */
  @Index('uq_certification__previous_id', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  previousId: string | null;

  @ManyToOne(() => Certification, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_id', foreignKeyConstraintName: 'fk_certification__previous_id' })
  previous?: Certification | null;

  /** The signed Open Badges 3.0 credential (VC-JOSE compact JWS). */
  @Column({ type: 'text' })
  credential: string;

  @Column({ type: 'timestamptz', nullable: true })
  reminded60At: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminded30At: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminded7At: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
