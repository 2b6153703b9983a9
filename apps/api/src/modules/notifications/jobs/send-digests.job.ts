import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName } from '../../../core/queue/queue-registry';
import { MailService } from '../email/mail.service';

/** Hourly: writes the daily digest of each user whose local morning has come (see MailService.sendDigests). */
@JobHandlerFor(JobName.SendDigests)
export class SendDigestsJob implements JobHandler<JobName.SendDigests> {
  constructor(private readonly mail: MailService) {}

  async handle() {
    return { digests: await this.mail.sendDigests() };
  }
}
