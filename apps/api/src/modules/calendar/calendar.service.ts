import { BadRequestException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { wallClock } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { buildIcs, type CalendarEvent } from '../../core/calendar/ics';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { coded } from '../../core/errors/coded';
import { createRateLimiter, tryConsume } from '../../core/redis/rate-limiter';
import { RedisClient } from '../../core/redis/redis.provider';
import { AuditService } from '../audit/audit.service';
import { CalendarPolicy } from './calendar.policy';
import {
  calendarSessions,
  deleteFeed,
  expiringCertifications,
  feedOf,
  feedOwner,
  proposalsToAnswer,
  replaceFeed,
  unavailability,
} from './calendar.queries';
import type { CalendarDto, CalendarEntryDto, CalendarFeedDto, CalendarQueryDto } from './dtos/calendar.dto';

const MAX_DAYS = 400;
const DAY = 86_400_000;
/** A feed covers the recent past and the year ahead. */
const FEED_PAST_DAYS = 90;
const FEED_AHEAD_DAYS = 366;
const UID_DOMAIN = 'icspa.academy';
/** Feed tokens: 32 random bytes, base64url (43 characters). */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

type Viewer = Pick<AuthUser, 'id' | 'role' | 'policeUnitId' | 'memberFirmId' | 'timeZone'>;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/**
 * The calendar of a user (page and feed share `entries`, and so `CalendarPolicy.sessionScope`): training
 * sessions in scope, and their own certification expiry dates, proposals' answer-by instants and declared
 * unavailability. The private feed is found by the SHA-256 of its token (the token itself is never stored).
 */
@Injectable()
export class CalendarService {
  private readonly limiter: RateLimiterRedis;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    redis: RedisClient,
  ) {
    this.limiter = createRateLimiter(redis, {
      keyPrefix: 'calendar-feed',
      points: config.verifyRatePerMinute,
      durationSec: 60,
    });
  }

  async calendar(user: AuthUser, query: CalendarQueryDto): Promise<CalendarDto> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (!(to > from) || to.getTime() - from.getTime() > MAX_DAYS * DAY)
      throw new BadRequestException(
        coded('calendar.range_invalid', 'to', `must be after from, at most ${MAX_DAYS} days later`, {
          maxDays: MAX_DAYS,
        }),
      );
    return { items: await this.entries(user, from, to, query) };
  }

  /** Entries overlapping [from, to) for the viewer, by start. */
  async entries(
    viewer: Viewer,
    from: Date,
    to: Date,
    filters: Pick<CalendarQueryDto, 'countryCode' | 'courseId' | 'trainerId'> = {},
  ): Promise<CalendarEntryDto[]> {
    const zone = viewer.timeZone ?? 'UTC';
    const where = CalendarPolicy.sessionScope(viewer).add('ts.starts_at < ?', to).add('ts.ends_at > ?', from);
    if (filters.countryCode) where.add('co.country_code = ?', filters.countryCode);
    if (filters.courseId) where.add('co.course_id = ?', filters.courseId);
    if (filters.trainerId) {
      // A trainer's sessions: those they teach as trainer or as co-trainer (co-delivery).
      const trainer = where.param(filters.trainerId);
      where.raw(`(co.trainer_id = ${trainer} OR co.co_trainer_id = ${trainer})`);
    }
    const times = (start: Date, end: Date, timeZone: string) => ({
      timeZone,
      startsAt: wallClock(start, timeZone),
      endsAt: wallClock(end, timeZone),
    });
    const entry = (
      e: Pick<CalendarEntryDto, 'uid' | 'kind' | 'title' | 'objectId'> & { start: Date; end: Date },
    ): CalendarEntryDto => ({
      uid: e.uid,
      kind: e.kind,
      title: e.title,
      objectId: e.objectId,
      startsAt: e.start.toISOString(),
      endsAt: e.end.toISOString(),
      cancelled: false,
      sequence: 0,
      cohortId: null,
      venueName: null,
      venueAddress: null,
      onlineUrl: null,
      venueTime: null,
      viewerTime: times(e.start, e.end, zone),
    });
    const items: CalendarEntryDto[] = (await calendarSessions(this.db.manager, where)).map((s) => ({
      ...entry({
        uid: `training-session-${s.id}@${UID_DOMAIN}`,
        kind: 'training_session',
        title: s.course_title,
        objectId: s.id,
        start: s.starts_at,
        end: s.ends_at,
      }),
      cancelled: s.status === 'cancelled',
      sequence: s.sequence,
      cohortId: s.cohort_id,
      venueName: s.venue_name,
      venueAddress: s.venue_address,
      onlineUrl: s.online_url,
      venueTime: times(s.starts_at, s.ends_at, s.time_zone),
    }));
    const marker = (at: Date) => ({ start: at, end: new Date(at.getTime() + 30 * 60_000) });
    for (const c of await expiringCertifications(this.db.manager, viewer.id, from, to))
      items.push(
        entry({
          uid: `certification-expiry-${c.id}@${UID_DOMAIN}`,
          kind: 'certification_expiry',
          title: c.programme_name,
          objectId: c.id,
          ...marker(c.expires_at),
        }),
      );
    // A trainer's own commitments (proposals to answer, unavailability): the queries hold only the viewer's rows.
    for (const a of await proposalsToAnswer(this.db.manager, viewer.id, from, to))
      items.push(
        entry({
          uid: `proposal-answer-by-${a.id}@${UID_DOMAIN}`,
          kind: 'proposal_answer_by',
          title: a.title,
          objectId: a.id,
          ...marker(a.expires_at),
        }),
      );
    for (const u of await unavailability(this.db.manager, viewer.id, from, to))
      items.push(
        entry({
          uid: `unavailability-${u.id}@${UID_DOMAIN}`,
          kind: 'unavailability',
          title: u.reason ?? '',
          objectId: u.id,
          start: u.starts_at,
          end: u.ends_at,
        }),
      );
    return items.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.uid.localeCompare(b.uid));
  }

  async feedStatus(user: AuthUser): Promise<CalendarFeedDto> {
    const feed = await feedOf(this.db.manager, user.id);
    return { active: !!feed, createdAt: feed?.created_at.toISOString() ?? null, url: null };
  }

  /** Makes a new private URL (the old one stops working); the answer is the only place the URL is shown. */
  async regenerateFeed(user: AuthUser): Promise<CalendarFeedDto> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      await replaceFeed(manager, user.id, hashToken(token), now);
      await this.audit.record(manager, user, {
        action: 'calendar_feed.regenerate',
        entityType: 'app_user',
        entityId: user.id,
        details: {},
      });
    });
    return {
      active: true,
      createdAt: now.toISOString(),
      url: `${this.config.publicUrl}/api/calendar/feed/${token}.ics`,
    };
  }

  async revokeFeed(user: AuthUser): Promise<void> {
    await this.db.transaction(async (manager) => {
      if ((await deleteFeed(manager, user.id)) === 0)
        throw new NotFoundException(coded('calendar_feed.not_found', null, 'no calendar feed to revoke'));
      await this.audit.record(manager, user, {
        action: 'calendar_feed.revoke',
        entityType: 'app_user',
        entityId: user.id,
        details: {},
      });
    });
  }

  /** The feed behind `<token>.ics` (public; rate-limited per address; 404 for an unknown or revoked token). */
  async feed(file: string, address: string): Promise<string> {
    if (!(await tryConsume(this.limiter, address)))
      throw new HttpException(
        coded('http.too_many_requests', null, 'too many requests; try again in a minute'),
        HttpStatus.TOO_MANY_REQUESTS,
      );
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const owner = FEED_TOKEN.test(token) ? await feedOwner(this.db.manager, hashToken(token)) : null;
    if (!owner) throw new NotFoundException(coded('calendar_feed.not_found', 'token', 'no such calendar feed'));
    const now = this.clock.now();
    const entries = await this.entries(
      owner,
      new Date(now.getTime() - FEED_PAST_DAYS * DAY),
      new Date(now.getTime() + FEED_AHEAD_DAYS * DAY),
    );
    const events: CalendarEvent[] = entries.map((e) => ({
      uid: e.uid,
      sequence: e.sequence,
      start: new Date(e.startsAt),
      end: new Date(e.endsAt),
      timeZone: e.venueTime?.timeZone ?? owner.timeZone ?? 'UTC',
      summary: e.title || e.kind,
      location: [e.venueName, e.venueAddress].filter(Boolean).join(', ') || null,
      url: e.onlineUrl,
      cancelled: e.cancelled,
    }));
    return buildIcs('PUBLISH', events, { stamp: now, calendarName: 'Icspa Academy' });
  }
}
