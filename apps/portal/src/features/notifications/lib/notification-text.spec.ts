import { NOTIFICATION_KINDS } from '@icspa/domain';
import { NOTIFICATION_MESSAGE_KEYS, notificationMessage } from './notification-text';

const format = {
  date: (iso: string) => `date(${iso})`,
  status: (s: string) => `status(${s})`,
  relativeDays: (days: number) => `days(${days})`,
};

describe('notificationMessage', () => {
  it('maps every kind the API sends to its own key', () => {
    expect(Object.keys(NOTIFICATION_MESSAGE_KEYS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(new Set(Object.values(NOTIFICATION_MESSAGE_KEYS)).size).toBe(NOTIFICATION_KINDS.length);
  });

  it('fills the course, the formatted start and the named status', () => {
    expect(
      notificationMessage(
        {
          kind: 'enrolment.nominated',
          params: {
            courseTitle: 'Digital forensics',
            cohortId: 'c1',
            startsAt: '2026-03-02T08:00:00.000Z',
            status: 'waitlisted',
          },
        },
        format,
      ),
    ).toEqual({
      key: 'notifications.kinds.enrolmentNominated',
      values: {
        course: 'Digital forensics',
        startsAt: 'date(2026-03-02T08:00:00.000Z)',
        status: 'status(waitlisted)',
        programme: '',
        expiresIn: '',
        expiresAt: '',
        reason: '',
        trainer: '',
        subject: '',
        message: '',
        count: '',
        countries: '',
        failed: '',
        context: '',
      },
    });
  });

  it('leaves missing or malformed params empty instead of printing them', () => {
    expect(
      notificationMessage(
        { kind: 'cohort.cancelled', params: { courseTitle: null, startsAt: 42, status: 'nonsense' } },
        format,
      ).values,
    ).toEqual({
      course: '',
      startsAt: '',
      status: '',
      programme: '',
      expiresIn: '',
      expiresAt: '',
      reason: '',
      trainer: '',
      subject: '',
      message: '',
      count: '',
      countries: '',
      failed: '',
      context: '',
    });
    expect(notificationMessage({ kind: 'enrolment.withdrawn_by_coordinator', params: {} }, format).values).toEqual({
      course: '',
      startsAt: '',
      status: '',
      programme: '',
      expiresIn: '',
      expiresAt: '',
      reason: '',
      trainer: '',
      subject: '',
      message: '',
      count: '',
      countries: '',
      failed: '',
      context: '',
    });
    expect(
      notificationMessage(
        { kind: 'certification.expiring', params: { days: '30', expiresAt: 7, reason: { x: 1 } } },
        format,
      ).values,
    ).toMatchObject({
      expiresIn: '',
      expiresAt: '',
      reason: '',
      trainer: '',
      subject: '',
      message: '',
      count: '',
      countries: '',
      failed: '',
      context: '',
    });
  });

  it('reads an unknown kind as a generic message', () => {
    expect(notificationMessage({ kind: 'certification.renamed_by_a_newer_api', params: {} }, format).key).toBe(
      'notifications.kinds.unknown',
    );
    expect(notificationMessage({ kind: 'toString', params: {} }, format).key).toBe('notifications.kinds.unknown');
  });

  it('fills the programme, the days left in words, the expiry date and the reason of certification notices', () => {
    expect(
      notificationMessage(
        {
          kind: 'certification.expiring',
          params: {
            programmeName: 'Digital forensics examiner',
            certificationId: 'c1',
            days: 30,
            expiresAt: '2026-05-01T00:00:00.000Z',
          },
        },
        format,
      ),
    ).toEqual({
      key: 'notifications.kinds.certificationExpiring',
      values: {
        course: '',
        startsAt: '',
        status: '',
        programme: 'Digital forensics examiner',
        expiresIn: 'days(30)',
        expiresAt: 'date(2026-05-01T00:00:00.000Z)',
        reason: '',
        trainer: '',
        subject: '',
        message: '',
        count: '',
        countries: '',
        failed: '',
        context: '',
      },
    });
    expect(
      notificationMessage(
        { kind: 'certification.revoked', params: { programmeName: 'OSINT analyst', reason: 'Issued in error' } },
        format,
      ).values,
    ).toMatchObject({
      programme: 'OSINT analyst',
      reason: 'Issued in error',
      trainer: '',
      subject: '',
      message: '',
      count: '',
      countries: '',
      failed: '',
      context: '',
    });
    expect(notificationMessage({ kind: 'certification.expired', params: { certificationId: 'c1' } }, format).key).toBe(
      'notifications.kinds.certificationExpired',
    );
  });

  it('fills the course of trainer-assignment notices', () => {
    expect(
      notificationMessage(
        { kind: 'assignment.proposed', params: { courseTitle: 'Ransomware response', assignmentId: 'a1' } },
        format,
      ),
    ).toMatchObject({
      key: 'notifications.kinds.assignmentProposed',
      values: { course: 'Ransomware response' },
    });
    expect(
      notificationMessage({ kind: 'training_request.cancelled', params: { trainingRequestId: 'r1' } }, format).key,
    ).toBe('notifications.kinds.trainingRequestCancelled');
  });
  it('says how many officers a retention run could not erase, through the `failures` context', async () => {
    const i18n = (await import('i18next')).createInstance();
    const en = (await import('../../../locales/en.json')).default;
    const uk = (await import('../../../locales/uk.json')).default;
    await i18n.init({ lng: 'en', resources: { en: { translation: en }, uk: { translation: uk } } });
    const say = (params: Record<string, unknown>, lng = 'en') => {
      const message = notificationMessage({ kind: 'privacy.retention_applied', params }, format);
      return i18n.t(message.key, { ...message.values, lng });
    };
    expect(say({ count: 3, countries: 'UA 2, BR 1', failed: 0 })).toBe(
      'Retention applied: the personal data of 3 officers was erased (UA 2, BR 1).',
    );
    expect(say({ count: 0, countries: '', failed: 2 })).toBe(
      'Retention applied: the personal data of 0 officers was erased; for 2 it could not be erased. See the audit log.',
    );
    expect(say({ count: 1, countries: 'UA 1', failed: 1 }, 'uk')).toContain('не вдалося видалити — 1');
  });
});
