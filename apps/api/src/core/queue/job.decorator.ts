import { Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './queue-registry';

export const JOB_HANDLER_KEY = 'icspa:job-handler';

/** Marks a provider as the handler of one job name. */
export const JobHandlerFor = (name: JobName) => applyDecorators(Injectable(), SetMetadata(JOB_HANDLER_KEY, name));

export interface JobHandler<N extends JobName = JobName> {
  handle(data: JobPayloads[N], job: Job<JobPayloads[N]>): Promise<unknown>;
}
