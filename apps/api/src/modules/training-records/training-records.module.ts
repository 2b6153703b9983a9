import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { TrainingRecordsController } from './training-records.controller';
import { TrainingRecordsService } from './training-records.service';

/** Officers' training records and the unit roster: reads only (of enrolments, attendance, certifications). */
@Module({
  imports: [PrivacyModule],
  controllers: [TrainingRecordsController],
  providers: [TrainingRecordsService],
  exports: [TrainingRecordsService],
})
export class TrainingRecordsModule {}
