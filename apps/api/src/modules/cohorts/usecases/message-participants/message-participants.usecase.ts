import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@icspa/domain';
import { runInTransaction } from '../../../../core/database/transaction';
import { selectRows } from '../../../../core/database/sql';
import { coded } from '../../../../core/errors/coded';
import { OutboxService } from '../../../../core/outbox/outbox.service';
import { AuditService } from '../../../audit/audit.service';
import { officerName } from '../../../identity/officer-name';
import { officerNameFactsOf } from '../../../identity/officer-privacy.queries';
import { NotificationsService } from '../../../notifications/notifications.service';
import { CohortMessageThrottle } from '../../cohort-message-throttle';
import { CohortsPolicy } from '../../cohorts.policy';
import { findCohort } from '../../cohorts.queries';
import type { MessageParticipantsCommand } from './message-participants.command';

/**
 * "Message participants": the platform relays a trainer's message to a cohort's participants (every enrolled or
 * completed officer, or the enrolments named), as a `cohort.message` notification: in the bell, and by e-mail as
 * each recipient chose — one e-mail per recipient, from the platform's address, so no one sees another's address
 * and the sender sees none. The sender learns only how many it went to. Audited with its subject and recipients
 * (the body stays in the recipients' notifications only).
 */
@Injectable()
export class MessageParticipantsUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly throttle: CohortMessageThrottle,
    private readonly outbox: OutboxService,
  ) {}

  async execute(command: MessageParticipantsCommand): Promise<{ sent: number }> {
    const { sender, cohortId } = command;
    const cohort = await findCohort(this.db.manager, CohortsPolicy.cohortScope(sender).add('co.id = ?', cohortId));
    if (!cohort) throw new NotFoundException(coded('cohort.not_found', 'id', 'no such cohort'));
    CohortsPolicy.assertCanMessageParticipants(sender, [cohort.trainer_id, cohort.co_trainer_id]);
    const seats = await selectRows<{ id: string; officer_id: string }>(
      this.db.manager,
      `SELECT e.id, e.officer_id FROM enrolment e
        WHERE e.cohort_id = $1 AND e.status IN ('enrolled', 'completed') AND e.officer_id <> $2
        ORDER BY e.participant_number`,
      [cohortId, sender.id],
    );
    let chosen = seats;
    if (command.enrolmentIds) {
      const byId = new Map(seats.map((s) => [s.id, s]));
      if (command.enrolmentIds.some((id) => !byId.has(id)))
        throw new BadRequestException(
          coded(
            'cohort.message_not_in_cohort',
            'enrolmentIds',
            'every enrolment must be an enrolled or completed participant of this cohort',
          ),
        );
      chosen = command.enrolmentIds.map((id) => byId.get(id)!);
    }
    if (chosen.length === 0) return { sent: 0 };
    await this.throttle.reserve(sender.id);
    const officerIds = chosen.map((s) => s.officer_id);
    // The sender is named as each recipient may see them (a protected local trainer is an officer code outside
    // their unit): recipients are grouped by the name they read.
    const facts = await officerNameFactsOf(this.db.manager, [sender.id]);
    const readers = await selectRows<{ id: string; role: Role; police_unit_id: string | null }>(
      this.db.manager,
      `SELECT id, role, police_unit_id FROM app_user WHERE id = ANY($1::uuid[])`,
      [officerIds],
    );
    const byName = new Map<string, string[]>();
    for (const r of readers) {
      const name = officerName(facts(sender.id, sender.displayName), {
        id: r.id,
        role: r.role,
        policeUnitId: r.police_unit_id,
      });
      byName.set(name, [...(byName.get(name) ?? []), r.id]);
    }
    await runInTransaction(this.db, async (manager) => {
      for (const [trainerName, ids] of byName)
        await this.notifications.notify(manager, ids, 'cohort.message', {
          cohortId,
          courseTitle: cohort.course_title,
          trainerName,
          subject: command.subject,
          body: command.body,
        });
      await this.audit.record(manager, sender, {
        action: 'cohort.message',
        entityType: 'cohort',
        entityId: cohortId,
        details: { subject: command.subject, officerIds, enrolmentIds: chosen.map((s) => s.id) },
      });
    });
    this.outbox.relaySoon();
    return { sent: officerIds.length };
  }
}
