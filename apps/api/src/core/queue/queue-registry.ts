import type { JobsOptions } from 'bullmq';

/**
 * The one registry of queues and jobs. A job name belongs to exactly one queue; the worker refuses to
 * start unless every job name has exactly one handler (see WorkerHost).
 */
export enum QueueName {
  Housekeeping = 'housekeeping',
  TrainerAssignment = 'trainer-assignment',
  Certifications = 'certifications',
  Reporting = 'reporting',
  Outbox = 'outbox',
  Mail = 'mail',
  Onboarding = 'onboarding',
}

export enum JobName {
  PurgeExpiredSessions = 'purge-expired-sessions',
  MatchTrainingRequest = 'match-training-request',
  ExpireProposal = 'expire-proposal',
  ReconcileTrainingRequests = 'reconcile-training-requests',
  IssueCertifications = 'issue-certifications',
  CertificationLifecycle = 'certification-lifecycle',
  RefreshUptake = 'refresh-uptake',
  RelayOutbox = 'relay-outbox',
  SendEmail = 'send-email',
  SendDigests = 'send-digests',
  ApplyOfficerImport = 'apply-officer-import',
  ApplyRetention = 'apply-retention',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PurgeExpiredSessions]: QueueName.Housekeeping,
  [JobName.MatchTrainingRequest]: QueueName.TrainerAssignment,
  [JobName.ExpireProposal]: QueueName.TrainerAssignment,
  [JobName.ReconcileTrainingRequests]: QueueName.TrainerAssignment,
  [JobName.IssueCertifications]: QueueName.Certifications,
  [JobName.CertificationLifecycle]: QueueName.Certifications,
  [JobName.RefreshUptake]: QueueName.Reporting,
  [JobName.RelayOutbox]: QueueName.Outbox,
  [JobName.SendEmail]: QueueName.Mail,
  [JobName.SendDigests]: QueueName.Mail,
  [JobName.ApplyOfficerImport]: QueueName.Onboarding,
  [JobName.ApplyRetention]: QueueName.Housekeeping,
};

/** How often the outbox relay runs on its own; `OutboxService.relaySoon()` runs it at once after a commit. */
export const OUTBOX_RELAY_EVERY_MS = 5_000;

/** Jobs the worker schedules itself: a cron pattern (UTC) or an interval. */
export type JobSchedule = { pattern: string } | { every: number };
export const JOB_SCHEDULES: Partial<
  Record<JobName, (intervals: { reconcileIntervalMs: number; uptakeRefreshIntervalMs: number }) => JobSchedule>
> = {
  [JobName.PurgeExpiredSessions]: () => ({ pattern: '15 3 * * *' }),
  [JobName.ReconcileTrainingRequests]: ({ reconcileIntervalMs }) => ({ every: reconcileIntervalMs }),
  [JobName.CertificationLifecycle]: () => ({ pattern: '30 2 * * *' }),
  // Daily: officers past their country's retention are erased (modules/privacy/retention.service.ts).
  [JobName.ApplyRetention]: () => ({ pattern: '45 3 * * *' }),
  [JobName.RefreshUptake]: ({ uptakeRefreshIntervalMs }) => ({ every: uptakeRefreshIntervalMs }),
  [JobName.RelayOutbox]: () => ({ every: OUTBOX_RELAY_EVERY_MS }),
  // Hourly: each user gets their digest once a day, at the first run after DIGEST_LOCAL_HOUR in their zone.
  [JobName.SendDigests]: () => ({ pattern: '5 * * * *' }),
};

/**
 * Options a job gets over DEFAULT_JOB_OPTIONS, whoever enqueues it. E-mail retries for hours with doubling
 * delays, so a relay that is down for a while delays mail and loses none.
 */
export const JOB_OPTIONS: Partial<
  Record<JobName, (config: { emailRetryDelayMs: number; emailMaxAttempts: number }) => JobsOptions>
> = {
  [JobName.SendEmail]: ({ emailRetryDelayMs, emailMaxAttempts }) => ({
    attempts: emailMaxAttempts,
    backoff: { type: 'exponential', delay: emailRetryDelayMs },
  }),
  // An import is one transaction: a try that failed wrote nothing; three tries, then the import is failed.
  [JobName.ApplyOfficerImport]: () => ({
    attempts: OFFICER_IMPORT_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2000 },
  }),
};

/** Tries of an officer import's job before the import is marked failed. */
export const OFFICER_IMPORT_ATTEMPTS = 3;

/**
 * BullMQ priority of bulk work (a new programme certifying its past graduates): jobs without a priority run
 * first, so an officer's fresh completion is certified at once rather than after hundreds of backfill jobs.
 */
export const BULK_JOB_PRIORITY = 100;

/** Payload of each job: ids only, never whole objects. */
export interface JobPayloads {
  [JobName.PurgeExpiredSessions]: Record<string, never>;
  [JobName.MatchTrainingRequest]: { requestId: string; round: number };
  [JobName.ExpireProposal]: { assignmentId: string };
  [JobName.ReconcileTrainingRequests]: Record<string, never>;
  [JobName.IssueCertifications]: { holderId: string };
  [JobName.CertificationLifecycle]: Record<string, never>;
  [JobName.RefreshUptake]: Record<string, never>;
  [JobName.RelayOutbox]: Record<string, never>;
  [JobName.SendEmail]: { emailId: string };
  [JobName.SendDigests]: Record<string, never>;
  [JobName.ApplyOfficerImport]: { importId: string };
  [JobName.ApplyRetention]: Record<string, never>;
}

/** Deterministic job ids (BullMQ forbids `:`): sending the same job twice adds it once. */
export const JOB_IDS = {
  match: (requestId: string, round: number) => `match-${requestId}-r${round}`,
  expire: (assignmentId: string) => `expire-${assignmentId}`,
  /** One per completed enrolment: a replayed completion is the same job. */
  certify: (enrolmentId: string) => `certify-${enrolmentId}`,
  /** One per officer who already qualifies when a programme is created. */
  certifyForProgramme: (programmeId: string, holderId: string) => `certify-programme-${programmeId}-${holderId}`,
  /** One per e-mail row: relayed twice, it is still one job (and the row's status stops a second send). */
  email: (emailId: string) => `email-${emailId}`,
  /** One per officer import: relayed twice, it is applied once (and the import's status stops a second run). */
  officerImport: (importId: string) => `officer-import-${importId}`,
};
