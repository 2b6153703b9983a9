import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseModule } from './course-module.entity';

@Entity('lesson')
@Index('ix_lesson__module_id', ['moduleId', 'position'])
export class Lesson {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_lesson' })
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CourseModule, (m) => m.lessons, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_lesson__module_id' })
  module?: CourseModule;

  /** Order within the module, from 1. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown; the portal renders it without raw HTML. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'smallint', default: 10 })
  minutes: number;

  /** Bumped whenever a translatable source field changes; translations record the revision they were made from. */
  @Column({ type: 'int', default: 1 })
  revision: number;
}
