import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A language content may be written or translated in. Six are seeded; an admin may add more. */
@Entity('content_locale')
export class ContentLocale {
  /** BCP 47 tag, e.g. `uk`, `zh-CN`. */
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'pk_content_locale' })
  code: string;

  /** The language's name in itself (endonym), e.g. `Українська`. */
  @Column({ type: 'text' })
  name: string;

  /** PostgreSQL text search configuration (`english`, `russian`, …); null: trigram matching. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  searchConfig: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
