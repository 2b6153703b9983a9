import { BadRequestException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CourseModule } from './course-module.entity';
import { Course } from './course.entity';
import type { QuestionCreateDto } from './dtos/course.dto';
import { coded } from '../../core/errors/coded';

export const CatalogueHelpers = {
  async lockCourse(manager: EntityManager, id: string): Promise<Course> {
    const course = await manager.getRepository(Course).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!course) throw new NotFoundException(coded('course.not_found', 'id', 'no such course'));
    return course;
  },

  async lockModule(manager: EntityManager, id: string): Promise<CourseModule> {
    const module = await manager
      .getRepository(CourseModule)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!module) throw new NotFoundException(coded('module.not_found', 'id', 'no such module'));
    return module;
  },

  /** A re-ordering must name every item exactly once. */
  assertSameSet(current: string[], proposed: string[]): void {
    const have = new Set(current);
    if (proposed.length !== have.size || proposed.some((id) => !have.has(id))) {
      throw new BadRequestException(
        coded('catalogue.order_mismatch', 'ids', 'must list every item of the list exactly once'),
      );
    }
  },

  assertQuestionShape(body: QuestionCreateDto): void {
    if (body.correct.some((i) => i >= body.options.length))
      throw new BadRequestException(
        coded('question.correct_out_of_range', 'correct', 'each index must point to an option'),
      );
    if (body.kind === 'true_false' && (body.options.length !== 2 || body.correct.length !== 1)) {
      throw new BadRequestException(
        coded(
          'question.true_false_shape',
          'options',
          'a true_false question has exactly two options and one correct answer',
        ),
      );
    }
    if (body.kind === 'single_choice' && body.correct.length !== 1)
      throw new BadRequestException(
        coded('question.single_choice_one', 'correct', 'a single_choice question has exactly one correct option'),
      );
    if (body.kind === 'multiple_choice' && body.correct.length < 2)
      throw new BadRequestException(
        coded('question.multiple_choice_two', 'correct', 'a multiple_choice question has at least two correct options'),
      );
  },
};
