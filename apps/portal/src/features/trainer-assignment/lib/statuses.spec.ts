import { ASSIGNMENT_STATUSES, TRAINING_REQUEST_STATUSES } from '@icspa/domain';
import {
  assignmentStatusTone,
  isRequestMoving,
  REQUEST_REFRESH_MS,
  requestRefreshInterval,
  requestStatusTone,
} from './statuses';

describe('request and assignment statuses', () => {
  it('gives every status a tone, good news green and the unfilled red', () => {
    for (const status of TRAINING_REQUEST_STATUSES) expect(requestStatusTone(status)).toBeTruthy();
    for (const status of ASSIGNMENT_STATUSES) expect(assignmentStatusTone(status)).toBeTruthy();
    expect(requestStatusTone('assigned')).toBe('ok');
    expect(requestStatusTone('unfilled')).toBe('error');
    expect(requestStatusTone('cancelled')).toBe('muted');
    expect(requestStatusTone('proposed')).toBe('warn');
    expect(assignmentStatusTone('accepted')).toBe('ok');
    expect(assignmentStatusTone('proposed')).toBe('warn');
  });

  it('knows which requests the queue is still working on', () => {
    expect(TRAINING_REQUEST_STATUSES.filter(isRequestMoving)).toEqual(['pending', 'matching', 'proposed']);
  });

  it('polls every 10 seconds while any request is pending, matching or proposed, and not otherwise', () => {
    expect(REQUEST_REFRESH_MS).toBe(10_000);
    expect(requestRefreshInterval(['assigned', 'matching'])).toBe(10_000);
    expect(requestRefreshInterval(['proposed'])).toBe(10_000);
    expect(requestRefreshInterval(['assigned', 'unfilled', 'cancelled'])).toBe(false);
    expect(requestRefreshInterval([])).toBe(false);
  });
});
