import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { updateReturning } from '../../core/database/sql';
import { Where } from '../../core/database/where';
import { pageWindow, PageQueryDto } from '../../core/http/pagination.dto';
import { RedisClient } from '../../core/redis/redis.provider';
import { OutboxService } from '../../core/outbox/outbox.service';
import { JobName } from '../../core/queue/queue-registry';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CertificateIssuer, ProgrammeRow } from './certificate-issuer';
import { CertificationsPolicy } from './certifications.policy';
import { CredentialSigner } from './credential-signer';
import {
  CertificationListQueryDto,
  CertificationResponseDto,
  CredentialResponseDto,
  ProgrammeCreateDto,
  ProgrammeResponseDto,
  ProgrammeUpdateDto,
  VerificationResponseDto,
} from './dtos/certification.dto';
import { statusListCredential } from './open-badge';

const CERT_SELECT = `
  SELECT c.*, p.name AS programme_name, p.recertification_window_days, u.display_name AS holder_name
    FROM certification c JOIN certification_programme p ON p.id = c.programme_id JOIN app_user u ON u.id = c.holder_id`;

const REMINDER_DAYS = [7, 30, 60] as const;

function toProgramme(p: ProgrammeRow): ProgrammeResponseDto {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    courseIds: p.course_ids,
    requiredCount: p.required_count,
    validityMonths: p.validity_months,
    recertificationWindowDays: p.recertification_window_days,
    skills: p.skills,
  };
}

@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issuer: CertificateIssuer,
    private readonly signer: CredentialSigner,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly redis: RedisClient,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ── programmes ──────────────────────────────────────────────────────────

  async listProgrammes(query: PageQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM certification_programme`);
    const rows: ProgrammeRow[] = await this.db.query(
      `SELECT * FROM certification_programme ORDER BY name LIMIT $1 OFFSET $2`,
      [pageSize, skip],
    );
    return { items: rows.map(toProgramme), total, page, pageSize };
  }

  async getProgramme(id: string): Promise<ProgrammeResponseDto> {
    const [row] = await this.db.query(`SELECT * FROM certification_programme WHERE id = $1`, [id]);
    if (!row) throw new NotFoundException('id: no such programme');
    return toProgramme(row);
  }

  async createProgramme(actor: AuthUser, body: ProgrammeCreateDto): Promise<ProgrammeResponseDto> {
    const required = body.requiredCount ?? body.courseIds.length;
    if (required > body.courseIds.length)
      throw new BadRequestException('requiredCount: cannot exceed the number of courses');
    const id = await this.db.transaction(async (manager) => {
      const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM course WHERE id = ANY($1)`, [body.courseIds]);
      if (n !== body.courseIds.length) throw new BadRequestException('courseIds: no such course among them');
      if ((await manager.query(`SELECT 1 FROM certification_programme WHERE name = $1`, [body.name])).length)
        throw new ConflictException('name: a programme with this name exists');
      const [row] = await manager.query(
        `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days, skills)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          body.name,
          body.description,
          body.courseIds,
          required,
          body.validityMonths,
          body.recertificationWindowDays,
          body.skills,
        ],
      );
      await this.audit.record(manager, actor, {
        action: 'certification_programme.create',
        entityType: 'certification_programme',
        entityId: row.id,
        details: { ...body },
      });
      // Officers who already completed the programme's courses are certified too: one issuing job each.
      await manager.query(
        `INSERT INTO outbox_message (job_name, payload, job_id)
         SELECT $1, jsonb_build_object('holderId', e.officer_id), 'certify-programme-' || $2 || '-' || e.officer_id
           FROM (SELECT DISTINCT officer_id FROM enrolment WHERE status = 'completed' AND course_id = ANY($3)) e`,
        [JobName.IssueCertifications, row.id, body.courseIds],
      );
      return row.id as string;
    });
    this.outbox.relaySoon();
    return this.getProgramme(id);
  }

  async updateProgramme(actor: AuthUser, id: string, body: ProgrammeUpdateDto): Promise<ProgrammeResponseDto> {
    await this.db.transaction(async (manager) => {
      const updated = await updateReturning(
        manager,
        `UPDATE certification_programme SET description = coalesce($2, description), validity_months = coalesce($3, validity_months),
                recertification_window_days = coalesce($4, recertification_window_days), updated_at = now() WHERE id = $1 RETURNING id`,
        [id, body.description ?? null, body.validityMonths ?? null, body.recertificationWindowDays ?? null],
      );
      if (!updated.length) throw new NotFoundException('id: no such programme');
      await this.audit.record(manager, actor, {
        action: 'certification_programme.update',
        entityType: 'certification_programme',
        entityId: id,
        details: { ...body },
      });
    });
    return this.getProgramme(id);
  }

  // ── certifications ──────────────────────────────────────────────────────

  /** Officers see their own (every certification they ever held); admins all, with filters. */
  async list(user: AuthUser, query: CertificationListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = new Where();
    if (user.role !== 'admin') where.add('c.holder_id = ?', user.id);
    else if (query.holderId) where.add('c.holder_id = ?', query.holderId);
    if (query.status) where.add('c.status = ?', query.status);
    if (query.programmeId) where.add('c.programme_id = ?', query.programmeId);
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM certification c ${where}`,
      where.params,
    );
    const rows = await this.db.query(
      `${CERT_SELECT} ${where} ORDER BY c.valid_from DESC, c.id LIMIT ${pageSize} OFFSET ${skip}`,
      where.params,
    );
    return { items: rows.map((r: Record<string, never>) => this.present(r)), total, page, pageSize };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<CertificationResponseDto> {
    return this.present(await this.row(user, id, manager));
  }

  private async row(user: AuthUser, id: string, manager: EntityManager = this.db.manager) {
    const [row] = await manager.query(`${CERT_SELECT} WHERE c.id = $1`, [id]);
    if (!row) throw new NotFoundException('id: no such certification');
    CertificationsPolicy.assertCanRead(user, row.holder_id);
    return row;
  }

  /** Inside the window, a new certification starting at the old expiry: no day is lost. */
  async recertify(user: AuthUser, id: string): Promise<CertificationResponseDto> {
    const newId = await this.db.transaction(async (manager) => {
      const [holder] = await manager.query(`SELECT id, display_name FROM app_user WHERE id = $1 FOR UPDATE`, [user.id]);
      const current = await this.row(user, id, manager);
      if (current.holder_id !== user.id) throw new NotFoundException('id: no such certification');
      if (current.status !== 'active')
        throw new ConflictException(`status: a ${current.status} certification cannot be renewed`);
      if ((await manager.query(`SELECT 1 FROM certification WHERE previous_id = $1`, [id])).length)
        throw new ConflictException('status: this certification is already renewed');
      const now = this.clock.now();
      const opens = new Date(current.expires_at.getTime() - current.recertification_window_days * 86400_000);
      if (now < opens)
        throw new ConflictException(`status: recertification opens on ${opens.toISOString().slice(0, 10)}`);
      if (now >= current.expires_at)
        throw new ConflictException('status: this certification has expired; complete the programme again');
      const [programme]: ProgrammeRow[] = await manager.query(`SELECT * FROM certification_programme WHERE id = $1`, [
        current.programme_id,
      ]);
      const created = await this.issuer.issue(manager, programme, holder, now, current.expires_at, id);
      await this.audit.record(manager, user, {
        action: 'certification.recertify',
        entityType: 'certification',
        entityId: created,
        details: { previousId: id },
      });
      return created;
    });
    return this.get(user, newId);
  }

  async revoke(actor: AuthUser, id: string, reason: string): Promise<CertificationResponseDto> {
    await this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT c.status, c.holder_id, p.name FROM certification c JOIN certification_programme p ON p.id = c.programme_id WHERE c.id = $1 FOR UPDATE OF c`,
        [id],
      );
      if (!row) throw new NotFoundException('id: no such certification');
      if (row.status === 'revoked') throw new ConflictException('status: already revoked');
      await manager.query(
        `UPDATE certification SET status = 'revoked', revoked_at = $2, revoked_reason = $3 WHERE id = $1`,
        [id, this.clock.now(), reason],
      );
      await this.notifications.notify(manager, [row.holder_id], 'certification.revoked', {
        programmeName: row.name,
        certificationId: id,
        reason,
      });
      await this.audit.record(manager, actor, {
        action: 'certification.revoke',
        entityType: 'certification',
        entityId: id,
        details: { reason },
      });
    });
    return this.get(actor, id);
  }

  async credential(user: AuthUser, id: string): Promise<CredentialResponseDto> {
    const row = await this.row(user, id);
    const payload = JSON.parse(Buffer.from(row.credential.split('.')[1], 'base64url').toString('utf8'));
    return { jwt: row.credential, credential: payload, jwksUrl: this.signer.jwksUrl };
  }

  /** A printable certificate with a QR code of the public verification page. */
  async certificatePdf(user: AuthUser, id: string): Promise<Buffer> {
    const c = this.present(await this.row(user, id));
    const qr = await QRCode.toBuffer(c.verificationUrl, { margin: 1, width: 220 });
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      info: { Title: `${c.programmeName} — ${c.holderName}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const day = (iso: string) => iso.slice(0, 10);
    doc
      .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
      .lineWidth(2)
      .stroke('#1d4e89');
    doc.fillColor('#1d4e89').fontSize(14).text('International Cyber Security Protection Alliance', { align: 'center' });
    doc.moveDown(1.2).fillColor('#111').fontSize(30).text('Certificate', { align: 'center' });
    doc.moveDown(0.8).fontSize(13).text('This certifies that', { align: 'center' });
    doc.moveDown(0.4).fontSize(24).text(c.holderName, { align: 'center' });
    doc.moveDown(0.4).fontSize(13).text('holds the certification', { align: 'center' });
    doc.moveDown(0.4).fontSize(20).text(c.programmeName, { align: 'center' });
    doc
      .moveDown(1)
      .fontSize(12)
      .text(
        `Valid from ${day(c.validFrom)} until ${day(c.expiresAt)}  ·  issued ${day(c.issuedAt)}  ·  status: ${c.status}`,
        { align: 'center' },
      );
    doc.image(qr, doc.page.width - 56 - 130, doc.page.height - 56 - 150, { width: 120 });
    doc
      .fontSize(9)
      .fillColor('#333')
      .text(`Verify: ${c.verificationUrl}`, 56, doc.page.height - 56 - 24, { width: doc.page.width - 260 });
    doc.text(`Code: ${c.publicCode}`, 56, doc.page.height - 56 - 12);
    doc.end();
    return done;
  }

  // ── public ──────────────────────────────────────────────────────────────

  /** What anyone with the code may know: name, programme, dates, status. Rate-limited per address. */
  async verify(code: string, address: string): Promise<VerificationResponseDto> {
    const key = this.redis.key('verify', address, String(Math.floor(Date.now() / 60_000)));
    const [[, count]] = (await this.redis.redis.multi().incr(key).expire(key, 60).exec()) as [[unknown, number]];
    if (count > this.config.verifyRatePerMinute)
      throw new HttpException('code: too many look-ups; try again in a minute', HttpStatus.TOO_MANY_REQUESTS);
    const rows = /^[A-Za-z0-9_-]{22,32}$/.test(code)
      ? await this.db.query(`${CERT_SELECT} WHERE c.public_code = $1`, [code])
      : [];
    if (!rows.length) throw new NotFoundException('code: no certification has this code');
    const c = this.present(rows[0]);
    return {
      holderName: c.holderName,
      programmeName: c.programmeName,
      issuedAt: c.issuedAt,
      validFrom: c.validFrom,
      expiresAt: c.expiresAt,
      status: c.status,
    };
  }

  /** The revocation list as a signed Bitstring Status List credential, built from the database at once. */
  async statusList(): Promise<string> {
    const rows: { status_list_index: number }[] = await this.db.query(
      `SELECT status_list_index FROM certification WHERE status = 'revoked'`,
    );
    return this.signer.sign(
      statusListCredential(
        this.config.publicUrl,
        rows.map((r) => r.status_list_index),
        this.clock.now(),
      ),
    );
  }

  // ── life ────────────────────────────────────────────────────────────────

  /** Daily: marks expired certifications and sends the 60/30/7-day reminders, each once. */
  async runLifecycle(): Promise<{ expired: number; reminded: number }> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const expired = await updateReturning<{ id: string; holder_id: string; programme_id: string }>(
        manager,
        `UPDATE certification SET status = 'expired' WHERE status = 'active' AND expires_at <= $1 RETURNING id, holder_id, programme_id`,
        [now],
      );
      for (const e of expired)
        await this.notifications.notify(manager, [e.holder_id], 'certification.expired', { certificationId: e.id });
      let reminded = 0;
      for (const days of REMINDER_DAYS) {
        // The nearest threshold only: a certification first seen with 20 days left gets the 30-day
        // reminder, and the 60-day one is marked as passed so it is never sent late.
        const larger = REMINDER_DAYS.filter((d) => d > days).map(
          (d) => `reminded${d}_at = coalesce(reminded${d}_at, $1)`,
        );
        const due = await updateReturning<{ id: string; holder_id: string; name: string; expires_at: Date }>(
          manager,
          `UPDATE certification c SET reminded${days}_at = $1 ${larger.length ? ', ' + larger.join(', ') : ''}
             FROM certification_programme p
            WHERE p.id = c.programme_id AND c.status = 'active' AND c.reminded${days}_at IS NULL
              AND c.expires_at > $1 AND c.expires_at <= $1::timestamptz + make_interval(days => ${days})
              AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.previous_id = c.id)
            RETURNING c.id, c.holder_id, p.name, c.expires_at`,
          [now],
        );
        for (const d of due) {
          await this.notifications.notify(manager, [d.holder_id], 'certification.expiring', {
            programmeName: d.name,
            certificationId: d.id,
            days,
            expiresAt: d.expires_at.toISOString(),
          });
          reminded++;
        }
      }
      return { expired: expired.length, reminded };
    });
  }

  private present(r: Record<string, never>): CertificationResponseDto {
    const expiresAt = r.expires_at as Date;
    const opens = new Date(expiresAt.getTime() - (r.recertification_window_days as number) * 86400_000);
    const now = this.clock.now();
    return {
      id: r.id,
      programmeId: r.programme_id,
      programmeName: r.programme_name,
      holderId: r.holder_id,
      holderName: r.holder_name,
      issuedAt: (r.issued_at as Date).toISOString(),
      validFrom: (r.valid_from as Date).toISOString(),
      expiresAt: expiresAt.toISOString(),
      status: r.status,
      revokedReason: r.revoked_reason,
      publicCode: r.public_code,
      verificationUrl: `${this.config.publicUrl}/verify/${r.public_code}`,
      previousId: r.previous_id,
      canRecertify: r.status === 'active' && now >= opens && now < expiresAt,
      recertificationOpensAt: opens.toISOString(),
    };
  }
}
