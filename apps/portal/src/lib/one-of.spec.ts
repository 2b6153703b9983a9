import { COURSE_LEVELS, ENROLMENT_STATUSES } from '@icspa/domain';
import { oneOf } from './one-of';

describe('oneOf', () => {
  it('keeps allowed words and drops anything else', () => {
    expect(oneOf(COURSE_LEVELS, 'advanced')).toBe('advanced');
    expect(oneOf(ENROLMENT_STATUSES, 'pending_approval')).toBe('pending_approval');
    expect(oneOf(COURSE_LEVELS, 'Advanced')).toBeUndefined();
    expect(oneOf(COURSE_LEVELS, undefined)).toBeUndefined();
    expect(oneOf(COURSE_LEVELS, ['advanced'])).toBeUndefined();
  });
});
