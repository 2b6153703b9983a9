import { enrolOutcome } from './enrol-outcome';

describe('enrolOutcome', () => {
  it('tells a new enrolment apart by its status', () => {
    expect(enrolOutcome({ status: 'enrolled', waitlistPosition: null }, true)).toEqual({ kind: 'enrolled' });
    expect(enrolOutcome({ status: 'waitlisted', waitlistPosition: 4 }, true)).toEqual({
      kind: 'waitlisted',
      position: 4,
    });
    expect(enrolOutcome({ status: 'pending_approval', waitlistPosition: null }, true)).toEqual({ kind: 'pending' });
  });

  it('says when the officer was already enrolled (200), with where they stand', () => {
    expect(enrolOutcome({ status: 'waitlisted', waitlistPosition: 2 }, false)).toEqual({
      kind: 'already',
      status: 'waitlisted',
      position: 2,
    });
    expect(enrolOutcome({ status: 'enrolled', waitlistPosition: null }, false)).toEqual({
      kind: 'already',
      status: 'enrolled',
      position: null,
    });
  });
});
