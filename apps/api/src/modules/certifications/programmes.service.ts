import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow, PageQueryDto } from '../../core/http/pagination.dto';
import { OutboxService } from '../../core/outbox/outbox.service';
import { BULK_JOB_PRIORITY, JOB_IDS, JobName } from '../../core/queue/queue-registry';
import { AuditService } from '../audit/audit.service';
import { ProgrammeCreateDto, ProgrammeResponseDto, ProgrammeUpdateDto } from './dtos/certification.dto';
import {
  countCourses,
  countProgrammes,
  findProgramme,
  insertProgramme,
  listProgrammes,
  officersWhoCompletedAny,
  ProgrammeRow,
  programmeNameTaken,
  updateProgramme,
} from './programmes.queries';
import { coded } from '../../core/errors/coded';
import { SOURCE_LOCALE } from '@icspa/domain';
import type { ReaderLanguages } from '../translations/reader-languages';
import type { Resolved } from '../translations/translation-resolve';
import { TranslationsService } from '../translations/translations.service';
import { CertificationsPolicy } from './certifications.policy';

/** A train-the-trainer programme's courses must exist (400 naming `trainerCourseIds`). */
async function assertCoursesExist(manager: EntityManager, ids: string[] | undefined): Promise<void> {
  if (ids?.length && (await countCourses(manager, ids)) !== ids.length)
    throw new BadRequestException(coded('course.not_found_among', 'trainerCourseIds', 'no such course among them'));
}

function toProgramme(p: ProgrammeRow, resolved?: Resolved): ProgrammeResponseDto {
  const name = resolved?.fields.name;
  const description = resolved?.fields.description;
  const meta = resolved?.meta ?? {
    locale: SOURCE_LOCALE,
    status: 'source' as const,
    fallback: false,
    outdatedSince: null,
  };
  return {
    id: p.id,
    name: typeof name === 'string' ? name : p.name,
    description: typeof description === 'string' ? description : p.description,
    contentLocale: meta.locale,
    translation: meta,
    courseIds: p.course_ids,
    requiredCount: p.required_count,
    validityMonths: p.validity_months,
    recertificationWindowDays: p.recertification_window_days,
    skills: p.skills,
    trainerCourseIds: p.trainer_course_ids,
  };
}

/** Certification programmes: which courses lead to which certification, for how long. */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly translations: TranslationsService,
  ) {}

  /** The text of programmes for a reader (admins read the source they edit). */
  private async texts(user: AuthUser | null, reader: ReaderLanguages | undefined, ids: string[]) {
    // Anonymous readers (a verifier following a credential) read it translated by their Accept-Language.
    const locales =
      reader && !(user && CertificationsPolicy.readsSource(user)) ? await this.translations.readerLocales(reader) : [];
    return this.translations.resolve('certification_programme', ids, locales);
  }

  async list(query: PageQueryDto, user: AuthUser | null = null, reader?: ReaderLanguages) {
    const { page, pageSize, skip } = pageWindow(query);
    const total = await countProgrammes(this.db.manager);
    const rows = await listProgrammes(this.db.manager, pageSize, skip);
    const texts = await this.texts(
      user,
      reader,
      rows.map((r) => r.id),
    );
    return { items: rows.map((r) => toProgramme(r, texts.get(r.id))), total, page, pageSize };
  }

  async get(id: string, user: AuthUser | null = null, reader?: ReaderLanguages): Promise<ProgrammeResponseDto> {
    const row = await findProgramme(this.db.manager, id);
    if (!row) throw new NotFoundException(coded('programme.not_found', 'id', 'no such programme'));
    return toProgramme(row, (await this.texts(user, reader, [id])).get(id));
  }

  async create(actor: AuthUser, body: ProgrammeCreateDto): Promise<ProgrammeResponseDto> {
    const required = body.requiredCount ?? body.courseIds.length;
    if (required > body.courseIds.length)
      throw new BadRequestException(
        coded('programme.required_exceeds_courses', 'requiredCount', 'cannot exceed the number of courses'),
      );
    const id = await this.db.transaction(async (manager) => {
      if ((await countCourses(manager, body.courseIds)) !== body.courseIds.length)
        throw new BadRequestException(coded('course.not_found_among', 'courseIds', 'no such course among them'));
      await assertCoursesExist(manager, body.trainerCourseIds);
      if (await programmeNameTaken(manager, body.name))
        throw new ConflictException(coded('programme.name_taken', 'name', 'a programme with this name exists'));
      const programmeId = await insertProgramme(manager, {
        name: body.name,
        description: body.description,
        courseIds: body.courseIds,
        requiredCount: required,
        validityMonths: body.validityMonths,
        recertificationWindowDays: body.recertificationWindowDays,
        skills: body.skills,
        trainerCourseIds: body.trainerCourseIds ?? [],
      });
      await this.audit.record(manager, actor, {
        action: 'certification_programme.create',
        entityType: 'certification_programme',
        entityId: programmeId,
        details: { ...body },
      });
      // Officers who already completed the programme's courses are certified too: one issuing job each, at
      // bulk priority so that completions made meanwhile are not queued behind them.
      for (const holderId of await officersWhoCompletedAny(manager, body.courseIds))
        await this.outbox.write(
          manager,
          JobName.IssueCertifications,
          { holderId },
          JOB_IDS.certifyForProgramme(programmeId, holderId),
          { priority: BULK_JOB_PRIORITY },
        );
      return programmeId;
    });
    this.outbox.relaySoon();
    return this.get(id);
  }

  async update(actor: AuthUser, id: string, body: ProgrammeUpdateDto): Promise<ProgrammeResponseDto> {
    await this.db.transaction(async (manager) => {
      await assertCoursesExist(manager, body.trainerCourseIds);
      const found = await updateProgramme(manager, id, {
        description: body.description ?? null,
        validityMonths: body.validityMonths ?? null,
        recertificationWindowDays: body.recertificationWindowDays ?? null,
        trainerCourseIds: body.trainerCourseIds ?? null,
      });
      if (!found) throw new NotFoundException(coded('programme.not_found', 'id', 'no such programme'));
      if (found.textChanged) await this.translations.markOutdated(manager, 'certification_programme', id);
      await this.audit.record(manager, actor, {
        action: 'certification_programme.update',
        entityType: 'certification_programme',
        entityId: id,
        details: { ...body },
      });
    });
    return this.get(id);
  }
}
