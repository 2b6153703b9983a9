import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OFFICER_IMPORT_FILE_TYPES } from '@icspa/domain';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { coded } from '../../core/errors/coded';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import {
  OfficerImportListDto,
  OfficerImportPreviewDto,
  OfficerImportResponseDto,
  OfficerImportStartQueryDto,
  OfficerImportUnitQueryDto,
} from './dtos/officer-import.dto';
import type { OfficerImportFormat } from './officer-import-file';
import { OfficerImportService } from './officer-import.service';
import { OfficerImportThrottle } from './officer-import-throttle';
import { PreviewOfficerImportUseCase } from './usecases/preview-officer-import/preview-officer-import.usecase';
import { IssueImportInvitationsUseCase } from './usecases/issue-import-invitations/issue-import-invitations.usecase';
import { StartOfficerImportUseCase } from './usecases/start-officer-import/start-officer-import.usecase';

const FILE_BODY = {
  description:
    'The file itself: CSV (UTF-8 with or without BOM, `;` or `,`) or XLSX (first sheet); a header row with `email`, `name` and optionally `language`; at most 10 MB and 20,000 rows',
  schema: { type: 'string', format: 'binary' },
} as const;

/** The file and its format, from the content type: a JSON (or empty) body here is refused (415). */
function fileOf(request: FastifyRequest): { format: OfficerImportFormat; bytes: Buffer } {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  const format = (Object.keys(OFFICER_IMPORT_FILE_TYPES) as OfficerImportFormat[]).find((f) =>
    (OFFICER_IMPORT_FILE_TYPES[f] as readonly string[]).includes(type),
  );
  if (!format || !Buffer.isBuffer(request.body))
    throw new UnsupportedMediaTypeException(
      coded('http.unsupported_media_type', 'file', 'send the CSV or XLSX file itself', {
        contentType: type.slice(0, 100),
      }),
    );
  return { format, bytes: request.body };
}

@ApiTags('officer-imports')
@Controller('officer-imports')
export class OfficerImportsController {
  constructor(
    private readonly imports: OfficerImportService,
    private readonly preview: PreviewOfficerImportUseCase,
    private readonly start: StartOfficerImportUseCase,
    private readonly invitations: IssueImportInvitationsUseCase,
    private readonly throttle: OfficerImportThrottle,
  ) {}

  @Post('preview')
  @Allow('admin', 'coordinator')
  @HttpCode(200)
  @ApiConsumes(...OFFICER_IMPORT_FILE_TYPES.csv, ...OFFICER_IMPORT_FILE_TYPES.xlsx)
  @ApiBody(FILE_BODY)
  @ApiOkResponse({
    type: OfficerImportPreviewDto,
    description: 'Every row as new, update, unchanged or error (column and reason); nothing is written',
  })
  @ApiTooManyRequestsResponse({ description: 'More files than a person may send in an hour (preview and import)' })
  async previewFile(
    @CurrentUser() actor: AuthUser,
    @Query() query: OfficerImportUnitQueryDto,
    @Req() request: FastifyRequest,
  ) {
    await this.throttle.reserve(actor.id);
    return this.preview.execute({
      actor,
      policeUnitId: query.policeUnitId,
      ...fileOf(request),
    });
  }

  @Post()
  @Allow('admin', 'coordinator')
  @HttpCode(202)
  @ApiConsumes(...OFFICER_IMPORT_FILE_TYPES.csv, ...OFFICER_IMPORT_FILE_TYPES.xlsx)
  @ApiBody(FILE_BODY)
  @ApiAcceptedResponse({
    type: OfficerImportResponseDto,
    description: 'The import, queued: its job applies every row in one transaction; poll it for progress',
  })
  @ApiTooManyRequestsResponse({ description: 'More files than a person may send in an hour (preview and import)' })
  async startImport(
    @CurrentUser() actor: AuthUser,
    @Query() query: OfficerImportStartQueryDto,
    @Req() request: FastifyRequest,
  ) {
    await this.throttle.reserve(actor.id);
    return this.start.execute({
      actor,
      policeUnitId: query.policeUnitId,
      fileName: query.fileName,
      ...fileOf(request),
    });
  }

  @Get()
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: OfficerImportListDto, description: 'The unit’s last 20 imports, newest first' })
  list(@CurrentUser() user: AuthUser, @Query() query: OfficerImportUnitQueryDto) {
    return this.imports.list(user, query.policeUnitId);
  }

  @Get(':id')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: OfficerImportResponseDto, description: 'One import, with its progress while queued' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.imports.get(user, id);
  }

  @Get(':id/errors')
  @Allow('admin', 'coordinator')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      "The refused rows as CSV (UTF-8 with BOM): row, email, name, language, column, problem; text a spreadsheet would run as a formula is prefixed with '",
  })
  async errors(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.imports.errorReport(user, id);
    const bytes = Buffer.from([...report.lines].join(''), 'utf8');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${report.filename}"`);
    return new StreamableFile(bytes, { length: bytes.length });
  }

  @Post(':id/invitations')
  @Allow('admin', 'coordinator')
  @HttpCode(200)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Issues anew the one-time invitation links of the officers the import created who have no password yet, as CSV (email, name, link, expiresAt); their earlier links stop working. Secret: hand each link to its officer only',
  })
  async issueInvitations(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() _body: EmptyBodyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.invitations.execute(user, id);
    const bytes = Buffer.from([...file.lines].join(''), 'utf8');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.filename}"`);
    return new StreamableFile(bytes, { length: bytes.length });
  }
}
