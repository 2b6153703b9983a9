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
import { ROLES, type Role } from '@icspa/domain';
import { MemberFirm } from '../organisations/member-firm.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';

/** A person who signs in. `user` is reserved in PostgreSQL, hence `app_user`. */
@Entity('app_user')
@Check('ck_app_user__police_unit_id', `("role" NOT IN ('officer', 'coordinator')) OR "police_unit_id" IS NOT NULL`)
@Check('ck_app_user__member_firm_id', `("role" NOT IN ('trainer', 'member_admin')) OR "member_firm_id" IS NOT NULL`)
// Search indexes (in the migration): trigrams of search_fold(display_name), e-mail prefixes.
@Index('ix_app_user__name_search', { synchronize: false })
@Index('ix_app_user__email_prefix', { synchronize: false })
export class AppUser {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id: string;

  /** Stored lower-case; unique. */
  @Index('uq_app_user__email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** The password was found weak at the last sign-in (set before the strength rule): the portal asks for a new one. */
  @Column({ type: 'boolean', default: false })
  passwordChangeRequired: boolean;

  @Index('ix_app_user__police_unit_id')
  @Column({ type: 'uuid', nullable: true })
  policeUnitId: string | null;

  @ManyToOne(() => PoliceUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_unit_id', foreignKeyConstraintName: 'fk_app_user__police_unit_id' })
  policeUnit?: PoliceUnit | null;

  @Index('ix_app_user__member_firm_id')
  @Column({ type: 'uuid', nullable: true })
  memberFirmId: string | null;

  @ManyToOne(() => MemberFirm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_firm_id', foreignKeyConstraintName: 'fk_app_user__member_firm_id' })
  memberFirm?: MemberFirm | null;

  /** BCP 47 tag of the portal language the user chose; null: follow the browser. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  locale: string | null;

  /** Further languages the user reads, in order of preference after `locale`: content falls back through them. */
  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  readsLocales: string[];
  /** IANA time zone the user reads times in (calendars, e-mails); null until the browser's is taken at sign-in. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** A protected officer: their name never leaves their unit and the alliance admins (`officer-name.ts`). */
  @Column({ type: 'timestamptz', nullable: true })
  protectedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  protectedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'protected_by_id', foreignKeyConstraintName: 'fk_app_user__protected_by_id' })
  protectedBy?: AppUser;

  /** The day the officer left their unit or was disabled: retention of their personal data counts from it. */
  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  /** The officer's personal data was erased (on request or after retention): name and e-mail are placeholders. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
