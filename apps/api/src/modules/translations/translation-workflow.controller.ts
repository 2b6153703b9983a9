import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  StreamableFile,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { coded } from '../../core/errors/coded';
import { TRANSLATION_FILE_TYPES } from '../../core/http/translation-file-body';
import { TranslationImportResultDto, TranslationProgressDto } from './dtos/translation-workflow.dto';
import type { TranslationFileFormat } from './translation-files';
import { TranslationWorkflowService } from './translation-workflow.service';
import { ImportTranslationsUseCase } from './usecases/import-translations/import-translations.usecase';

@ApiTags('translations')
@Controller()
export class TranslationWorkflowController {
  constructor(
    private readonly workflow: TranslationWorkflowService,
    private readonly importTranslations: ImportTranslationsUseCase,
  ) {}

  @Get('translations/progress')
  @Allow()
  @ApiOkResponse({
    type: TranslationProgressDto,
    description: 'Per course and locale the caller may translate into: published, draft, outdated and missing counts',
  })
  progress(@CurrentUser() user: AuthUser) {
    return this.workflow.progress(user);
  }

  @Get('courses/:id/translations/:file')
  @Allow()
  @ApiProduces('application/xliff+xml', 'text/x-gettext-translation')
  @ApiOkResponse({
    description:
      'The course’s strings in a locale as a file: `<locale>.xlf` (XLIFF 2.0) or `<locale>.po` (gettext PO); one unit per string keyed entityType:entityId:field, source, current target, a note with the status',
  })
  async exportFile(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const out = await this.workflow.exportFile(user, id, file);
    const bytes = Buffer.from(out.body, 'utf8');
    reply
      .header('content-type', out.contentType)
      .header('content-disposition', `attachment; filename="${out.filename}"`);
    return new StreamableFile(bytes, { length: bytes.length });
  }

  @Post('courses/:id/translations/:locale/import')
  @Allow()
  @HttpCode(200)
  @ApiConsumes(...TRANSLATION_FILE_TYPES.xlf, ...TRANSLATION_FILE_TYPES.po)
  @ApiBody({ description: 'The XLIFF 2.0 or PO file itself (at most 16 MiB)', schema: { type: 'string' } })
  @ApiOkResponse({
    type: TranslationImportResultDto,
    description:
      'Every string imported as a draft (or unchanged, or skipped without a target); when any string is refused: 400 translation_import.refused naming each one in `errors`, and nothing is saved',
  })
  import(
    @CurrentUser() actor: AuthUser,
    @Param('id') id: string,
    @Param('locale') locale: string,
    @Req() request: FastifyRequest,
  ) {
    const contentType = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const format = (Object.keys(TRANSLATION_FILE_TYPES) as TranslationFileFormat[]).find((f) =>
      (TRANSLATION_FILE_TYPES[f] as readonly string[]).includes(contentType),
    );
    if (!format || typeof request.body !== 'string')
      throw new UnsupportedMediaTypeException(
        coded('http.unsupported_media_type', 'body', 'send the XLIFF or PO file itself', {
          contentType: contentType.slice(0, 100),
        }),
      );
    return this.importTranslations.execute({ actor, courseId: id, locale, format, text: request.body });
  }
}
