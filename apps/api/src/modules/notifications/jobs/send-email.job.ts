import { UnrecoverableError } from 'bullmq';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, JobPayloads } from '../../../core/queue/queue-registry';
import { MailService } from '../email/mail.service';

/** Sends one e-mail row (once: see MailService.send); retried with doubling delays while the relay fails. */
@JobHandlerFor(JobName.SendEmail)
export class SendEmailJob implements JobHandler<JobName.SendEmail> {
  constructor(private readonly mail: MailService) {}

  handle(data: JobPayloads[JobName.SendEmail]) {
    if (typeof data?.emailId !== 'string') throw new UnrecoverableError(`bad payload: ${JSON.stringify(data)}`);
    return this.mail.send(data.emailId);
  }
}
