import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EDITABLE_NEEDS_ASSESSMENT_STATUSES, SOURCE_LOCALE, type TranslationMeta } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { pageWindow } from '../../core/http/pagination.dto';
import { AuditService } from '../audit/audit.service';
import type { ReaderLanguages } from '../translations/reader-languages';
import type { Resolved } from '../translations/translation-resolve';
import { TranslationsService } from '../translations/translations.service';
import {
  CompetencyCreateDto,
  CompetencyFrameworkDto,
  CompetencyResponseDto,
  CompetencyRevisionDto,
  CompetencyRoleUpdateDto,
  CompetencyUpdateDto,
  NeedsAssessmentCreateDto,
  NeedsAssessmentDetailDto,
  NeedsAssessmentListQueryDto,
  NeedsAssessmentResponseDto,
  NeedsAssessmentReviewDto,
  NeedsAssessmentUpdateDto,
} from './dtos/planning.dto';
import { PlanningPolicy } from './planning.policy';
import {
  assessmentLevels,
  assessmentRoles,
  competencyRevisions,
  findCompetency,
  findNeedsAssessment,
  findRoleText,
  inferUnitLevels,
  insertCompetency,
  insertNeedsAssessment,
  listCompetencies,
  listCompetencyRoles,
  listNeedsAssessments,
  lockNeedsAssessment,
  NeedsAssessmentRow,
  policeUnitExists,
  replaceRoleRequirements,
  reviseCompetency,
  saveAssessmentContent,
  transitionAssessment,
  unknownCompetencies,
  unknownRoles,
  updateRoleText,
} from './planning.queries';

const SOURCE_META: TranslationMeta = { locale: SOURCE_LOCALE, status: 'source', fallback: false, outdatedSince: null };

function text(resolved: Resolved | undefined, field: string, fallback: string): string {
  const value = resolved?.fields[field];
  return typeof value === 'string' ? value : fallback;
}

function toAssessment(r: NeedsAssessmentRow): NeedsAssessmentResponseDto {
  return {
    id: r.id,
    policeUnitId: r.policeUnitId,
    unitName: r.unitName,
    countryCode: r.countryCode,
    status: r.status,
    assessedOn: r.assessedOn,
    submittedAt: r.submittedAt,
    reviewedAt: r.reviewedAt,
    reviewNote: r.reviewNote,
    version: r.version,
  };
}

const NOT_FOUND = () => new NotFoundException(coded('needs_assessment.not_found', 'id', 'no such needs assessment'));

/**
 * The competency framework (read by everyone, edited by admins, every competency edit kept as a revision) and
 * units' needs assessments (draft → submitted → approved | returned), with levels inferred from the unit's
 * officers' completions and certifications (`inferUnitLevels`).
 */
@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly translations: TranslationsService,
    private readonly clock: Clock,
  ) {}

  private async locales(user: AuthUser, reader: ReaderLanguages | undefined): Promise<string[]> {
    return reader && !PlanningPolicy.readsSource(user) ? this.translations.readerLocales(reader) : [];
  }

  async framework(user: AuthUser, reader?: ReaderLanguages): Promise<CompetencyFrameworkDto> {
    const [roles, competencies] = await Promise.all([
      listCompetencyRoles(this.db.manager),
      listCompetencies(this.db.manager),
    ]);
    const locales = await this.locales(user, reader);
    const roleTexts = await this.translations.resolve(
      'competency_role',
      roles.map((r) => r.id),
      locales,
    );
    const live = competencies.filter((c) => !c.retiredAt);
    const competencyTexts = await this.translations.resolve(
      'competency',
      live.map((c) => c.id),
      locales,
    );
    return {
      roles: roles.map((r) => {
        const t = roleTexts.get(r.id);
        return {
          id: r.id,
          key: r.key,
          position: r.position,
          sector: r.sector,
          name: text(t, 'name', r.name),
          description: text(t, 'description', r.description),
          requirements: r.requirements,
          translation: t?.meta ?? SOURCE_META,
        };
      }),
      competencies: live.map((c) => {
        const t = competencyTexts.get(c.id);
        return {
          id: c.id,
          key: c.key,
          category: c.category,
          name: text(t, 'name', c.name),
          description: text(t, 'description', c.description),
          revision: c.revision,
          translation: t?.meta ?? SOURCE_META,
        };
      }),
    };
  }

  private async competency(id: string): Promise<CompetencyResponseDto> {
    const c = await findCompetency(this.db.manager, id);
    if (!c) throw new NotFoundException(coded('competency.not_found', 'id', 'no such competency'));
    return { ...c, translation: SOURCE_META };
  }

  async createCompetency(actor: AuthUser, body: CompetencyCreateDto): Promise<CompetencyResponseDto> {
    const id = await runInTransaction(this.db, async (manager) => {
      const created = await insertCompetency(manager, body, actor.id, this.clock.now());
      if (!created) throw new ConflictException(coded('competency.key_taken', 'key', 'a competency has this key'));
      await this.audit.record(manager, actor, {
        action: 'competency.create',
        entityType: 'competency',
        entityId: created,
        details: { ...body },
      });
      return created;
    });
    return this.competency(id);
  }

  /** A new version of a competency: the previous name stays in its revisions; translations become outdated. */
  async updateCompetency(actor: AuthUser, id: string, body: CompetencyUpdateDto): Promise<CompetencyResponseDto> {
    await runInTransaction(this.db, async (manager) => {
      const current = await findCompetency(manager, id, true);
      if (!current) throw new NotFoundException(coded('competency.not_found', 'id', 'no such competency'));
      const next = {
        category: body.category ?? current.category,
        name: body.name ?? current.name,
        description: body.description ?? current.description,
      };
      if (next.category === current.category && next.name === current.name && next.description === current.description)
        return;
      const revision = await reviseCompetency(manager, id, next, actor.id, this.clock.now());
      if (next.name !== current.name || next.description !== current.description)
        await this.translations.markOutdated(manager, 'competency', id);
      await this.audit.record(manager, actor, {
        action: 'competency.update',
        entityType: 'competency',
        entityId: id,
        details: { ...body, revision },
      });
    });
    return this.competency(id);
  }

  async revisions(id: string): Promise<CompetencyRevisionDto[]> {
    const rows = await competencyRevisions(this.db.manager, id);
    if (!rows.length) throw new NotFoundException(coded('competency.not_found', 'id', 'no such competency'));
    return rows;
  }

  async updateRole(actor: AuthUser, id: string, body: CompetencyRoleUpdateDto, reader?: ReaderLanguages) {
    await runInTransaction(this.db, async (manager) => {
      const current = await findRoleText(manager, id);
      if (!current) throw new NotFoundException(coded('competency_role.not_found', 'id', 'no such competency role'));
      const next = { name: body.name ?? current.name, description: body.description ?? current.description };
      if (next.name !== current.name || next.description !== current.description) {
        await updateRoleText(manager, id, next, this.clock.now());
        await this.translations.markOutdated(manager, 'competency_role', id);
      }
      if (body.requirements) {
        const ids = body.requirements.map((r) => r.competencyId);
        if (new Set(ids).size !== ids.length || (await unknownCompetencies(manager, ids)).length)
          throw new BadRequestException(
            coded('competency.not_found', 'requirements', 'each competency must exist, once'),
          );
        await replaceRoleRequirements(manager, id, body.requirements);
      }
      await this.audit.record(manager, actor, {
        action: 'competency_role.update',
        entityType: 'competency_role',
        entityId: id,
        details: { ...body },
      });
    });
    const framework = await this.framework(actor, reader);
    return framework.roles.find((r) => r.id === id)!;
  }

  // ── Needs assessments ──

  async listAssessments(user: AuthUser, query: NeedsAssessmentListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = PlanningPolicy.needsAssessmentScope(user);
    if (query.policeUnitId) where.add('na.police_unit_id = ?', query.policeUnitId);
    if (query.status) where.add('na.status = ?', query.status);
    const { rows, total } = await listNeedsAssessments(this.db.manager, where, pageSize, skip);
    return { items: rows.map(toAssessment), total, page, pageSize };
  }

  async getAssessment(user: AuthUser, id: string): Promise<NeedsAssessmentDetailDto> {
    const row = await findNeedsAssessment(this.db.manager, PlanningPolicy.needsAssessmentScope(user), id);
    if (!row) throw NOT_FOUND();
    const [roles, levels] = await Promise.all([
      assessmentRoles(this.db.manager, id),
      assessmentLevels(this.db.manager, id),
    ]);
    return { ...toAssessment(row), roles, levels };
  }

  /**
   * An assessment describes a day that has begun somewhere: at most tomorrow by the application's clock (UTC), for
   * the time zones east of it; a later day would infer levels from training that has not happened.
   */
  private assertNotFuture(assessedOn: string | undefined): void {
    if (!assessedOn) return;
    const latest = new Date(this.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    if (assessedOn > latest)
      throw new BadRequestException(
        coded('needs_assessment.assessed_in_future', 'assessedOn', `must not be after ${latest}`),
      );
  }

  /** Scoped existence check: 404 for an assessment the user may not see. */
  private async visible(user: AuthUser, id: string): Promise<void> {
    if (!(await findNeedsAssessment(this.db.manager, PlanningPolicy.needsAssessmentScope(user), id))) throw NOT_FOUND();
  }

  async createAssessment(user: AuthUser, body: NeedsAssessmentCreateDto): Promise<NeedsAssessmentDetailDto> {
    const unitId = PlanningPolicy.unitForNewAssessment(user, body.policeUnitId);
    if (!unitId)
      throw new BadRequestException(
        coded('needs_assessment.unit_required', 'policeUnitId', 'name the police unit to assess'),
      );
    this.assertNotFuture(body.assessedOn);
    const id = await runInTransaction(this.db, async (manager) => {
      if (!(await policeUnitExists(manager, unitId)))
        throw new BadRequestException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
      const levels = await inferUnitLevels(manager, unitId, body.assessedOn);
      const created = await insertNeedsAssessment(
        manager,
        { policeUnitId: unitId, assessedOn: body.assessedOn, createdBy: user.id, now: this.clock.now() },
        levels,
      );
      if (!created)
        throw new ConflictException(
          coded('needs_assessment.open_exists', 'policeUnitId', 'the unit has an assessment in progress'),
        );
      await this.audit.record(manager, user, {
        action: 'needs_assessment.create',
        entityType: 'needs_assessment',
        entityId: created,
        details: { policeUnitId: unitId, assessedOn: body.assessedOn },
      });
      return created;
    });
    return this.getAssessment(user, id);
  }

  async updateAssessment(
    user: AuthUser,
    id: string,
    body: NeedsAssessmentUpdateDto,
  ): Promise<NeedsAssessmentDetailDto> {
    await this.visible(user, id);
    this.assertNotFuture(body.assessedOn);
    await runInTransaction(this.db, async (manager) => {
      const locked = await lockNeedsAssessment(manager, id);
      if (!locked) throw NOT_FOUND();
      if (!EDITABLE_NEEDS_ASSESSMENT_STATUSES.includes(locked.status))
        throw new ConflictException(
          coded('needs_assessment.not_editable', 'status', 'only a draft or returned assessment can be edited'),
        );
      if (locked.version !== body.version)
        throw new ConflictException(
          coded('needs_assessment.version_conflict', 'version', 'someone saved it meanwhile; reload it'),
        );
      if (body.roles) {
        const ids = body.roles.map((r) => r.competencyRoleId);
        if (new Set(ids).size !== ids.length || (await unknownRoles(manager, ids)).length)
          throw new BadRequestException(
            coded('competency_role.not_found', 'roles', 'each competency role must exist, once'),
          );
      }
      if (body.levels) {
        const ids = body.levels.map((l) => l.competencyId);
        if (new Set(ids).size !== ids.length || (await unknownCompetencies(manager, ids)).length)
          throw new BadRequestException(coded('competency.not_found', 'levels', 'each competency must exist, once'));
      }
      await saveAssessmentContent(
        manager,
        id,
        body.assessedOn ?? null,
        body.roles ?? null,
        body.levels ?? null,
        this.clock.now(),
      );
      await this.audit.record(manager, user, {
        action: 'needs_assessment.update',
        entityType: 'needs_assessment',
        entityId: id,
        details: { ...body },
      });
    });
    return this.getAssessment(user, id);
  }

  async submitAssessment(user: AuthUser, id: string): Promise<NeedsAssessmentDetailDto> {
    await this.visible(user, id);
    await runInTransaction(this.db, async (manager) => {
      const moved = await transitionAssessment(
        manager,
        id,
        EDITABLE_NEEDS_ASSESSMENT_STATUSES,
        'submitted',
        user.id,
        this.clock.now(),
      );
      if (!moved)
        throw new ConflictException(
          coded('needs_assessment.not_submittable', 'status', 'only a draft or returned assessment can be submitted'),
        );
      await this.audit.record(manager, user, {
        action: 'needs_assessment.submit',
        entityType: 'needs_assessment',
        entityId: id,
      });
    });
    return this.getAssessment(user, id);
  }

  async reviewAssessment(
    user: AuthUser,
    id: string,
    body: NeedsAssessmentReviewDto,
  ): Promise<NeedsAssessmentDetailDto> {
    const note = body.note?.trim() || null;
    if (body.decision === 'return' && !note)
      throw new BadRequestException(coded('needs_assessment.note_required', 'note', 'say why it is returned'));
    await this.visible(user, id);
    await runInTransaction(this.db, async (manager) => {
      const moved = await transitionAssessment(
        manager,
        id,
        ['submitted'],
        body.decision === 'approve' ? 'approved' : 'returned',
        user.id,
        this.clock.now(),
        note,
      );
      if (!moved)
        throw new ConflictException(
          coded('needs_assessment.not_submitted', 'status', 'only a submitted assessment can be reviewed'),
        );
      await this.audit.record(manager, user, {
        action: body.decision === 'approve' ? 'needs_assessment.approve' : 'needs_assessment.return',
        entityType: 'needs_assessment',
        entityId: id,
        details: { note },
      });
    });
    return this.getAssessment(user, id);
  }
}
