import { Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';

/** Officer privacy (issue 20): the access log ("Who saw what"), written by every module that reads officers' data. */
@Module({
  controllers: [AccessLogController],
  providers: [AccessLogService],
  exports: [AccessLogService],
})
export class PrivacyModule {}
