/**
 * The one registry of queues and jobs. A job name belongs to exactly one queue; the worker refuses to
 * start unless every job name has exactly one handler (see WorkerHost).
 */
export enum QueueName {
  Housekeeping = 'housekeeping',
}

export enum JobName {
  PurgeExpiredSessions = 'purge-expired-sessions',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PurgeExpiredSessions]: QueueName.Housekeeping,
};

/** Jobs the worker schedules itself (cron, UTC). */
export const JOB_SCHEDULES: Partial<Record<JobName, { pattern: string }>> = {
  [JobName.PurgeExpiredSessions]: { pattern: '15 3 * * *' },
};

/** Payload of each job: ids only, never whole objects. */
export interface JobPayloads {
  [JobName.PurgeExpiredSessions]: Record<string, never>;
}
