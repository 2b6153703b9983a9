import type { AuthUser } from '../auth/auth-user';

/**
 * How the queue board records what an admin does to a job, without core knowing who keeps the audit
 * trail: the audit module provides it (`QUEUE_AUDIT`).
 */
export interface QueueAudit {
  /** Records that `actor` retried failed job `jobId` of `queue`. */
  jobRetried(actor: AuthUser, queue: string, jobId: string, failedReason: string | null): Promise<void>;
}

export const QUEUE_AUDIT = Symbol('QUEUE_AUDIT');
