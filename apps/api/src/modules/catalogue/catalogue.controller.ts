import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import { CatalogueService } from './catalogue.service';
import {
  AssessmentAdminDto,
  AssessmentWriteDto,
  CourseCreateDto,
  CourseDetailDto,
  CourseListQueryDto,
  CoursePageDto,
  CourseSummaryDto,
  CourseUpdateDto,
  LessonCreateDto,
  LessonDto,
  LessonUpdateDto,
  ModuleOutlineDto,
  ModuleWriteDto,
  OrderDto,
  QuestionCreateDto,
} from './dtos/course.dto';

@ApiTags('catalogue')
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('courses')
  @Allow()
  @ApiOkResponse({
    type: CoursePageDto,
    description: 'Courses (published only, except for admins), filtered and searched',
  })
  list(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Query() query: CourseListQueryDto) {
    return this.catalogue.list(user, query, reader);
  }

  @Get('courses/:id')
  @Allow()
  @ApiOkResponse({
    type: CourseDetailDto,
    description:
      'A course with its outline and assessment rules, in the reader’s language where translated (each item says which)',
  })
  get(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Param('id') id: string) {
    return this.catalogue.get(user, id, reader);
  }

  @Post('courses')
  @Allow('admin')
  @ApiCreatedResponse({ type: CourseSummaryDto, description: 'The new course, as a draft' })
  create(@CurrentUser() actor: AuthUser, @Body() body: CourseCreateDto) {
    return this.catalogue.create(actor, body);
  }

  @Patch('courses/:id')
  @Allow('admin')
  @ApiOkResponse({ type: CourseSummaryDto, description: 'The updated course' })
  update(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: CourseUpdateDto) {
    return this.catalogue.update(actor, id, body);
  }

  @Post('courses/:id/modules')
  @Allow('admin')
  @ApiCreatedResponse({ type: ModuleOutlineDto, description: 'The new module, last in the course' })
  addModule(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: ModuleWriteDto) {
    return this.catalogue.addModule(actor, id, body);
  }

  @Put('courses/:id/module-order')
  @Allow('admin')
  @ApiOkResponse({ type: CourseDetailDto, description: 'The course with its modules in the new order' })
  reorderModules(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: OrderDto) {
    return this.catalogue.reorderModules(actor, id, body.ids);
  }

  @Patch('modules/:id')
  @Allow('admin')
  @ApiOkResponse({ type: ModuleOutlineDto, description: 'The renamed module' })
  updateModule(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: ModuleWriteDto) {
    return this.catalogue.updateModule(actor, id, body);
  }

  @Delete('modules/:id')
  @Allow('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Module and its lessons deleted' })
  deleteModule(@CurrentUser() actor: AuthUser, @Param('id') id: string) {
    return this.catalogue.deleteModule(actor, id);
  }

  @Post('modules/:id/lessons')
  @Allow('admin')
  @ApiCreatedResponse({ type: LessonDto, description: 'The new lesson, last in the module' })
  addLesson(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: LessonCreateDto) {
    return this.catalogue.addLesson(actor, id, body);
  }

  @Put('modules/:id/lesson-order')
  @Allow('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Lessons re-ordered' })
  reorderLessons(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: OrderDto) {
    return this.catalogue.reorderLessons(actor, id, body.ids);
  }

  @Get('lessons/:id')
  @Allow()
  @ApiOkResponse({
    type: LessonDto,
    description: 'A lesson with its Markdown text, in the reader’s language where translated',
  })
  lesson(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Param('id') id: string) {
    return this.catalogue.getLesson(user, id, reader);
  }

  @Patch('lessons/:id')
  @Allow('admin')
  @ApiOkResponse({ type: LessonDto, description: 'The updated lesson' })
  updateLesson(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: LessonUpdateDto) {
    return this.catalogue.updateLesson(actor, id, body);
  }

  @Delete('lessons/:id')
  @Allow('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Lesson deleted' })
  deleteLesson(@CurrentUser() actor: AuthUser, @Param('id') id: string) {
    return this.catalogue.deleteLesson(actor, id);
  }

  @Get('courses/:id/assessment')
  @Allow('admin')
  @ApiOkResponse({
    type: AssessmentAdminDto,
    description: 'The assessment with its question bank and answers (admins only)',
  })
  assessment(@Param('id') id: string) {
    return this.catalogue.getAssessment(id);
  }

  @Put('courses/:id/assessment')
  @Allow('admin')
  @ApiOkResponse({ type: AssessmentAdminDto, description: 'The assessment rules, created or updated' })
  putAssessment(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: AssessmentWriteDto) {
    return this.catalogue.putAssessment(actor, id, body);
  }

  @Post('courses/:id/assessment/questions')
  @Allow('admin')
  @ApiCreatedResponse({ type: AssessmentAdminDto, description: 'The assessment with the new question' })
  addQuestion(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: QuestionCreateDto) {
    return this.catalogue.addQuestion(actor, id, body);
  }

  @Delete('questions/:id')
  @Allow('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Question deleted' })
  deleteQuestion(@CurrentUser() actor: AuthUser, @Param('id') id: string) {
    return this.catalogue.deleteQuestion(actor, id);
  }
}
