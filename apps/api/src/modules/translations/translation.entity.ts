import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  TRANSLATION_ENTITIES,
  TRANSLATION_STATUSES,
  type TranslationEntity,
  type TranslationStatus,
} from '@icspa/domain';
import { Course } from '../catalogue/course.entity';
import { AppUser } from '../identity/app-user.entity';
import { ContentLocale } from './content-locale.entity';

/** Field name → text; a question's `options` is option id → text. */
export type TranslationFields = Record<string, string | Record<string, string>>;

/**
 * The text of one entity in one locale. `missing` is the absence of a row. `source_fields` and
 * `source_revision` record the source it was made from, so an edited source marks it `outdated`.
 */
@Entity('translation')
@Index('uq_translation__entity_locale', ['entityType', 'entityId', 'locale'], { unique: true })
@Index('ix_translation__course_locale', ['courseId', 'locale'])
export class Translation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_translation' })
  id: string;

  @Column({ type: 'enum', enum: TRANSLATION_ENTITIES, enumName: 'translation_entity' })
  entityType: TranslationEntity;

  /** The entity's uuid as text, or the tag of a topic. */
  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  /** The course the entity belongs to (null for programmes and topics). */
  @Column({ type: 'uuid', nullable: true })
  courseId: string | null;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_translation__course_id' })
  course?: Course | null;

  @Index('ix_translation__locale')
  @Column({ type: 'varchar', length: 10 })
  locale: string;

  @ManyToOne(() => ContentLocale, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locale', foreignKeyConstraintName: 'fk_translation__locale' })
  contentLocale?: ContentLocale;

  @Column({ type: 'jsonb' })
  fields: TranslationFields;

  @Column({ type: 'enum', enum: TRANSLATION_STATUSES, enumName: 'translation_status', default: 'draft' })
  status: TranslationStatus;

  /** Snapshot of the source text the translation was made from. */
  @Column({ type: 'jsonb' })
  sourceFields: TranslationFields;

  /** The source entity's `revision` when the translation was saved. */
  @Column({ type: 'int' })
  sourceRevision: number;

  /** When the source changed after publication. */
  @Column({ type: 'timestamptz', nullable: true })
  outdatedSince: Date | null;

  /** Who saved it last. */
  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_translation__updated_by' })
  updater?: AppUser | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
