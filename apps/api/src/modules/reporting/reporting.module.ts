import { Module } from '@nestjs/common';
import { CascadeReachController } from './cascade-reach.controller';
import { CascadeReachService } from './cascade-reach.service';
import { RefreshUptakeJob } from './jobs/refresh-uptake.job';
import { ReportingController } from './reporting.controller';
import { UptakeCache } from './uptake-cache';
import { UptakeService } from './uptake.service';

@Module({
  controllers: [ReportingController, CascadeReachController],
  providers: [UptakeService, UptakeCache, RefreshUptakeJob, CascadeReachService],
})
export class ReportingModule {}
