import type { AuditAction } from '@icspa/domain';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { runInTransaction } from '../../core/database/transaction';
import { isPgError, PG } from '../../core/database/pg-errors';
import { Where } from '../../core/database/where';
import { coded } from '../../core/errors/coded';
import { Clock } from '../../core/clock/clock';
import { AuditService } from '../audit/audit.service';
import { suppress } from '../reporting/reporting.policy';
import type { ReaderLanguages } from '../translations/reader-languages';
import { TranslationsService } from '../translations/translations.service';
import {
  CountryPriorityDto,
  PlanDemandDto,
  PlanLineCreateDto,
  PlanLineUpdateDto,
  WorkplanCreateDto,
  WorkplanListDto,
  WorkplanListQueryDto,
  WorkplanCoverageDto,
  WorkplanProgressDto,
  WorkplanResponseDto,
} from './dtos/workplan.dto';
import { PlanningPolicy } from './planning.policy';
import { roleCoverage } from './planning.queries';
import {
  assessmentRoles,
  countryPriorities,
  countryPriority,
  deletePlanLine,
  findCountryGaps,
  findCourseFacts,
  findPlanLine,
  findPlanLines,
  findWorkplan,
  findWorkplans,
  firmDemand,
  insertPlanLine,
  insertPlanLines,
  insertWorkplan,
  lockWorkplan,
  planLineProgress,
  planUnitAssessments,
  unitCountry,
  updatePlanLine,
  upsertCountryPriority,
  type WorkplanRow,
} from './workplan.queries';
import { proposeWorkplan, quartersBetween } from './workplan-proposal';

/** The longest period a workplan covers. */
const MAX_QUARTERS = 8;

@Injectable()
export class WorkplansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly translations: TranslationsService,
  ) {}

  async list(user: AuthUser, query: WorkplanListQueryDto): Promise<WorkplanListDto> {
    const where = PlanningPolicy.workplanScope(user);
    if (query.countryCode) where.add('w.country_code = ?', query.countryCode);
    return { items: await findWorkplans(this.db.manager, where) };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<WorkplanResponseDto> {
    const plan = await findWorkplan(manager, PlanningPolicy.workplanScope(user).add('w.id = ?', id));
    if (!plan) throw new NotFoundException(coded('workplan.not_found', 'id', 'no such workplan'));
    const lines = await findPlanLines(manager, id);
    const visible = PlanningPolicy.visibleLines(user, lines);
    return { ...plan, lines: visible };
  }

  /** Drafts a plan for the country and period, proposed from its units' latest approved needs assessments. */
  async create(user: AuthUser, body: WorkplanCreateDto): Promise<WorkplanResponseDto> {
    const quarters = this.quarters(body.periodStart, body.periodEnd);
    const id = await runInTransaction(this.db, async (manager) => {
      const priority = await countryPriority(manager, body.countryCode);
      if (!priority) throw new BadRequestException(coded('country.not_found', 'countryCode', 'no such country'));
      const lines = proposeWorkplan(
        body.countryCode,
        priority.weight,
        quarters,
        await findCountryGaps(manager, body.countryCode),
      );
      const workplanId = await insertWorkplan(manager, { ...body, createdById: user.id, now: this.clock.now() });
      await insertPlanLines(manager, workplanId, lines);
      await this.audit.record(manager, user, {
        action: 'workplan.create',
        entityType: 'workplan',
        entityId: workplanId,
        details: { ...body, weight: priority.weight, lines: lines.length },
      });
      return workplanId;
    });
    return this.get(user, id);
  }

  async addLine(user: AuthUser, workplanId: string, body: PlanLineCreateDto): Promise<WorkplanResponseDto> {
    await this.editDraft(user, workplanId, async (manager, plan) => {
      await this.checkLine(manager, plan, body);
      const id = await insertPlanLine(manager, workplanId, { ...body, competencyId: null, reason: null });
      return { action: 'plan_line.create', id, details: { ...body } };
    });
    return this.get(user, workplanId);
  }

  async updateLine(user: AuthUser, workplanId: string, lineId: string, body: PlanLineUpdateDto) {
    await this.editDraft(user, workplanId, async (manager, plan) => {
      const line = await findPlanLine(manager, workplanId, lineId);
      if (!line) throw new NotFoundException(coded('plan_line.not_found', 'lineId', 'no such plan line'));
      const next = {
        policeUnitId: body.policeUnitId ?? line.policeUnitId,
        courseId: line.courseId,
        quarter: body.quarter ?? line.quarter,
        officers: body.officers ?? line.officers,
        deliveryMode: body.deliveryMode ?? line.deliveryMode,
        language: body.language ?? line.language,
      };
      await this.checkLine(manager, plan, next);
      await updatePlanLine(manager, lineId, next);
      return { action: 'plan_line.update', id: lineId, details: { ...body } };
    });
    return this.get(user, workplanId);
  }

  async deleteLine(user: AuthUser, workplanId: string, lineId: string) {
    await this.editDraft(user, workplanId, async (manager) => {
      if (!(await deletePlanLine(manager, lineId)))
        throw new NotFoundException(coded('plan_line.not_found', 'lineId', 'no such plan line'));
      return { action: 'plan_line.delete', id: lineId, details: {} };
    });
    return this.get(user, workplanId);
  }

  async progress(user: AuthUser, id: string): Promise<WorkplanProgressDto> {
    const plan = await findWorkplan(this.db.manager, PlanningPolicy.workplanScope(user).add('w.id = ?', id));
    if (!plan) throw new NotFoundException(coded('workplan.not_found', 'id', 'no such workplan'));
    const where = PlanningPolicy.lineScope(user, new Where().add('l.workplan_id = ?', id));
    return { workplanId: id, lines: await planLineProgress(this.db.manager, where) };
  }

  /**
   * Competency coverage before and after: per unit with lines the caller may see, and per competency role of the
   * needs assessment the plan was proposed from, officers needed against officers holding the role's required
   * levels — at the end of the assessment day (UTC) and now (the application's clock, never before "before") — by
   * the needs-assessment inference's own per-officer levels. Role names in the reader's language, as the
   * competency framework gives them (admins: the source they edit).
   */
  async coverage(user: AuthUser, id: string, reader?: ReaderLanguages): Promise<WorkplanCoverageDto> {
    const plan = await findWorkplan(this.db.manager, PlanningPolicy.workplanScope(user).add('w.id = ?', id));
    if (!plan) throw new NotFoundException(coded('workplan.not_found', 'id', 'no such workplan'));
    const now = this.clock.now();
    const units = await planUnitAssessments(
      this.db.manager,
      PlanningPolicy.lineScope(user, new Where().add('l.workplan_id = ?', id)),
    );
    const assessed = units.flatMap((u) =>
      u.needsAssessmentId && u.assessedOn
        ? [
            {
              policeUnitId: u.policeUnitId,
              needsAssessmentId: u.needsAssessmentId,
              at: new Date(Date.parse(`${u.assessedOn}T00:00:00Z`) + 86_400_000),
            },
          ]
        : [],
    );
    const [roles, before, current] = await Promise.all([
      assessmentRoles(
        this.db.manager,
        assessed.map((u) => u.needsAssessmentId),
      ),
      roleCoverage(this.db.manager, assessed),
      roleCoverage(
        this.db.manager,
        assessed.map((u) => ({ ...u, at: u.at > now ? u.at : now })),
      ),
    ]);
    const locales = reader && !PlanningPolicy.readsSource(user) ? await this.translations.readerLocales(reader) : [];
    const names = await this.translations.resolve(
      'competency_role',
      [...new Set(roles.map((r) => r.competencyRoleId))],
      locales,
    );
    const nameOf = (roleId: string, source: string) => {
      const value = names.get(roleId)?.fields.name;
      return typeof value === 'string' ? value : source;
    };
    const key = (unitId: string, roleId: string) => `${unitId}/${roleId}`;
    const beforeOf = new Map(before.map((r) => [key(r.policeUnitId, r.competencyRoleId), r.atLevel]));
    const nowOf = new Map(current.map((r) => [key(r.policeUnitId, r.competencyRoleId), r.atLevel]));
    const percent = (atLevel: number, needed: number) =>
      needed > 0 ? Math.round((100 * Math.min(atLevel, needed)) / needed) : null;
    return {
      workplanId: id,
      now: now.toISOString(),
      units: units.map((u) => ({
        ...u,
        roles: roles
          .filter((r) => r.needsAssessmentId === u.needsAssessmentId)
          .map((r) => {
            const atLevelBefore = beforeOf.get(key(u.policeUnitId, r.competencyRoleId)) ?? 0;
            const atLevelNow = nowOf.get(key(u.policeUnitId, r.competencyRoleId)) ?? 0;
            return {
              competencyRoleId: r.competencyRoleId,
              name: nameOf(r.competencyRoleId, r.name),
              officersNeeded: r.officersNeeded,
              atLevelBefore,
              atLevelNow,
              coverageBefore: percent(atLevelBefore, r.officersNeeded),
              coverageNow: percent(atLevelNow, r.officersNeeded),
            };
          }),
      })),
    };
  }

  async priorities(): Promise<{ items: CountryPriorityDto[] }> {
    return { items: await countryPriorities(this.db.manager) };
  }

  async setPriority(user: AuthUser, countryCode: string, weight: number): Promise<CountryPriorityDto> {
    return runInTransaction(this.db, async (manager) => {
      if (!(await countryPriority(manager, countryCode)))
        throw new NotFoundException(coded('country.not_found', 'code', 'no such country'));
      await upsertCountryPriority(manager, countryCode, weight, user.id);
      await this.audit.record(manager, user, {
        action: 'country_priority.set',
        entityType: 'country',
        entityId: countryCode,
        details: { weight },
      });
      return (await countryPriority(manager, countryCode))!;
    });
  }

  /** The approved plans' instructor-led demand for courses the caller's firm's trainers teach; no unit. */
  async demand(user: AuthUser): Promise<PlanDemandDto> {
    const firmId = PlanningPolicy.demandFirm(user);
    const rows = await firmDemand(this.db.manager, firmId, this.clock.now());
    const on = PlanningPolicy.suppressesDemand(user);
    return {
      rows: rows.map((r) => ({ ...r, officers: suppress(r.officers, on), requests: suppress(r.requests, on) })),
    };
  }

  private quarters(periodStart: string, periodEnd: string): string[] {
    const quarters = quartersBetween(periodStart, periodEnd);
    if (!quarters.length || quarters.length > MAX_QUARTERS)
      throw new BadRequestException(
        coded(
          'workplan.period_invalid',
          'periodEnd',
          `must be the start quarter or up to ${MAX_QUARTERS - 1} after it`,
          {
            max: MAX_QUARTERS,
          },
        ),
      );
    return quarters;
  }

  /** An edit of a draft plan, under its lock (so it cannot interleave with approval), with its audit event. */
  private async editDraft(
    user: AuthUser,
    workplanId: string,
    edit: (
      manager: EntityManager,
      plan: WorkplanRow,
    ) => Promise<{ action: AuditAction; id: string; details: Record<string, unknown> }>,
  ): Promise<void> {
    try {
      await runInTransaction(this.db, async (manager) => {
        const plan = await lockWorkplan(manager, workplanId);
        if (!plan) throw new NotFoundException(coded('workplan.not_found', 'id', 'no such workplan'));
        if (plan.status !== 'draft')
          throw new ConflictException(coded('workplan.approved', 'status', 'an approved workplan cannot be edited'));
        const done = await edit(manager, plan);
        await this.audit.record(manager, user, {
          action: done.action,
          entityType: 'plan_line',
          entityId: done.id,
          details: { workplanId, ...done.details },
        });
      });
    } catch (error) {
      if (isPgError(error, PG.UNIQUE_VIOLATION))
        throw new ConflictException(
          coded('plan_line.duplicate', 'quarter', 'the plan already has a line for this unit, course and quarter'),
        );
      throw error;
    }
  }

  private async checkLine(
    manager: EntityManager,
    plan: WorkplanRow,
    line: { policeUnitId: string; courseId: string; quarter: string; language: string },
  ): Promise<void> {
    if (!quartersBetween(plan.periodStart, plan.periodEnd).includes(line.quarter))
      throw new BadRequestException(
        coded('plan_line.quarter_outside', 'quarter', `must be from ${plan.periodStart} to ${plan.periodEnd}`, {
          first: plan.periodStart,
          last: plan.periodEnd,
        }),
      );
    const unit = await unitCountry(manager, line.policeUnitId);
    if (!unit || unit.countryCode !== plan.countryCode)
      throw new BadRequestException(
        coded('police_unit.not_found', 'policeUnitId', 'no such police unit in the country'),
      );
    const course = await findCourseFacts(manager, line.courseId);
    if (!course || course.status !== 'published')
      throw new BadRequestException(coded('course.published_not_found', 'courseId', 'no such published course'));
    if (!course.languages.includes(line.language))
      throw new BadRequestException(
        coded('course.language_not_taught', 'language', `the course is taught in ${course.languages.join(', ')}`, {
          languages: course.languages.join(', '),
        }),
      );
  }
}
