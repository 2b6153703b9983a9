import { NOTIFICATION_KINDS, notificationMessage } from './notification-text';

const format = { date: (iso: string) => `date(${iso})`, status: (s: string) => `status(${s})` };

describe('notificationMessage', () => {
  it('maps every kind the API sends to its own key', () => {
    const kinds = ['enrolment.promoted', 'enrolment.nominated', 'enrolment.approved', 'enrolment.withdrawn_by_coordinator', 'cohort.cancelled', 'cohort.changed'];
    expect(Object.keys(NOTIFICATION_KINDS).sort()).toEqual([...kinds].sort());
    expect(new Set(Object.values(NOTIFICATION_KINDS)).size).toBe(kinds.length);
  });

  it('fills the course, the formatted start and the named status', () => {
    expect(
      notificationMessage(
        { kind: 'enrolment.nominated', params: { courseTitle: 'Digital forensics', cohortId: 'c1', startsAt: '2026-03-02T08:00:00.000Z', status: 'waitlisted' } },
        format,
      ),
    ).toEqual({
      key: 'notifications.kinds.enrolmentNominated',
      values: { course: 'Digital forensics', startsAt: 'date(2026-03-02T08:00:00.000Z)', status: 'status(waitlisted)' },
    });
  });

  it('leaves missing or malformed params empty instead of printing them', () => {
    expect(notificationMessage({ kind: 'cohort.cancelled', params: { courseTitle: null, startsAt: 42, status: 'nonsense' } }, format).values).toEqual({
      course: '',
      startsAt: '',
      status: '',
    });
    expect(notificationMessage({ kind: 'enrolment.withdrawn_by_coordinator', params: {} }, format).values).toEqual({ course: '', startsAt: '', status: '' });
  });

  it('reads an unknown kind as a generic message', () => {
    expect(notificationMessage({ kind: 'certification.issued', params: {} }, format).key).toBe('notifications.kinds.unknown');
    expect(notificationMessage({ kind: 'toString', params: {} }, format).key).toBe('notifications.kinds.unknown');
  });
});
