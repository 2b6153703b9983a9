import { Module } from '@nestjs/common';
import { TrainerBookingsService } from './trainer-bookings.service';

/**
 * The trainer booking table's service, on its own so the cohorts module (which trainer-assignment
 * imports) can keep a cohort's booking in step without an import cycle.
 */
@Module({
  providers: [TrainerBookingsService],
  exports: [TrainerBookingsService],
})
export class TrainerBookingsModule {}
