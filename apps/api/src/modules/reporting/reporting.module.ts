import { Module } from '@nestjs/common';
import { RefreshUptakeJob } from './jobs/refresh-uptake.job';
import { ReportingController } from './reporting.controller';
import { UptakeService } from './uptake.service';

@Module({
  controllers: [ReportingController],
  providers: [UptakeService, RefreshUptakeJob],
})
export class ReportingModule {}
