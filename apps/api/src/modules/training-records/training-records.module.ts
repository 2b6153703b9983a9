import { Module } from '@nestjs/common';
import { TrainingRecordsController } from './training-records.controller';
import { TrainingRecordsService } from './training-records.service';

/** Officers' training records and the unit roster: reads only (of enrolments, attendance, certifications). */
@Module({
  controllers: [TrainingRecordsController],
  providers: [TrainingRecordsService],
  exports: [TrainingRecordsService],
})
export class TrainingRecordsModule {}
