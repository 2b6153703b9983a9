import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import {
  ContentLocaleCreateDto,
  ContentLocaleDto,
  CourseStringsDto,
  CourseStringsQueryDto,
  TranslationPutDto,
  TranslationResponseDto,
} from './dtos/translation.dto';
import { TranslationsService } from './translations.service';

@ApiTags('translations')
@Controller()
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Get('content-locales')
  @Allow()
  @ApiOkResponse({ type: [ContentLocaleDto], description: 'Languages content is written or translated in' })
  locales() {
    return this.translations.listLocales();
  }

  @Post('content-locales')
  @Allow('admin')
  @ApiCreatedResponse({ type: ContentLocaleDto, description: 'The new content locale (searched by trigrams)' })
  addLocale(@CurrentUser() actor: AuthUser, @Body() body: ContentLocaleCreateDto) {
    return this.translations.addLocale(actor, body);
  }

  @Put('translations/:entityType/:entityKey/:locale')
  @Allow()
  @ApiOkResponse({
    type: TranslationResponseDto,
    description:
      'Saves a translation as a draft (admins, and holders of a translate grant for the locale); entityKey is the entity id, or a topic tag',
  })
  save(
    @CurrentUser() actor: AuthUser,
    @Param('entityType') entityType: string,
    @Param('entityKey') entityKey: string,
    @Param('locale') locale: string,
    @Body() body: TranslationPutDto,
  ) {
    return this.translations.saveDraft(actor, entityType, entityKey, locale, body.fields);
  }

  @Post('translations/:entityType/:entityKey/:locale/publish')
  @Allow()
  @HttpCode(200)
  @ApiOkResponse({ type: TranslationResponseDto, description: 'The translation, published: learners are shown it' })
  publish(
    @CurrentUser() actor: AuthUser,
    @Param('entityType') entityType: string,
    @Param('entityKey') entityKey: string,
    @Param('locale') locale: string,
    @Body() _body: EmptyBodyDto,
  ) {
    return this.translations.publish(actor, entityType, entityKey, locale);
  }

  @Get('courses/:id/translations')
  @Allow()
  @ApiOkResponse({
    type: CourseStringsDto,
    description: 'Every translatable string of a course with its source text, translation and status in a locale',
  })
  courseStrings(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Query() query: CourseStringsQueryDto) {
    return this.translations.courseStrings(actor, id, query.locale);
  }
}
