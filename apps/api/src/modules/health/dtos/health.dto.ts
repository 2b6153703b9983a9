import { ApiProperty } from '@nestjs/swagger';

export class ServiceHealthDto {
  @ApiProperty({ description: 'up or down', enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiProperty({ description: 'Round-trip time of the check in milliseconds', required: false })
  latencyMs?: number;

  @ApiProperty({ description: 'Why the check failed', required: false })
  error?: string;
}

export class QueueHealthDto {
  @ApiProperty({ description: 'Trainer-assignment jobs waiting' })
  waiting: number;

  @ApiProperty({ description: 'Trainer-assignment jobs running' })
  active: number;

  @ApiProperty({ description: 'Delayed jobs (proposal expiries, retries)' })
  delayed: number;

  @ApiProperty({ description: 'Jobs that failed for good' })
  failed: number;

  @ApiProperty({
    description: 'Seconds since the oldest request still pending or matching was last touched (null: none)',
    nullable: true,
    type: Number,
  })
  oldestPendingRequestSeconds: number | null;
}

export class HealthDetailsDto {
  @ApiProperty({ description: 'PostgreSQL', type: ServiceHealthDto })
  database: ServiceHealthDto;

  @ApiProperty({ description: 'Redis', type: ServiceHealthDto })
  redis: ServiceHealthDto;

  @ApiProperty({
    description: 'The trainer-assignment queue (when both services are up)',
    type: QueueHealthDto,
    required: false,
  })
  queue?: QueueHealthDto;
}

export class HealthResponseDto {
  @ApiProperty({ description: 'ok when every service is up', enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ description: 'Each service the API depends on', type: HealthDetailsDto })
  details: HealthDetailsDto;
}

export class LivenessResponseDto {
  @ApiProperty({ description: 'Always ok while the process serves requests', enum: ['ok'] })
  status: 'ok';
}
