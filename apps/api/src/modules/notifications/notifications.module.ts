import { Module } from '@nestjs/common';
import { MailService } from './email/mail.service';
import { MailTransport } from './email/mail-transport';
import { SendDigestsJob } from './jobs/send-digests.job';
import { SendEmailJob } from './jobs/send-email.job';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, MailService, MailTransport, SendEmailJob, SendDigestsJob],
  exports: [NotificationsService, MailService],
})
export class NotificationsModule {}
