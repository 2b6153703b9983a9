import { assessmentFormValues, assessmentInput } from './assessment-form';

describe('assessment rules form', () => {
  it('proposes rules for a course without an assessment', () => {
    expect(assessmentInput(assessmentFormValues(null))).toEqual({
      passMark: 70,
      attemptLimit: 3,
      questionsPerAttempt: 10,
      timeLimitMinutes: null,
    });
  });

  it('round-trips rules, with and without a time limit', () => {
    const rules = { passMark: 80, attemptLimit: 2, questionsPerAttempt: 5, timeLimitMinutes: 30 };
    expect(assessmentInput(assessmentFormValues(rules))).toEqual(rules);
    expect(assessmentInput({ ...assessmentFormValues(rules), timeLimitMinutes: '  ' }).timeLimitMinutes).toBeNull();
  });

  it('sends an emptied number as NaN, for the API to name the field', () => {
    expect(assessmentInput({ ...assessmentFormValues(null), passMark: '' }).passMark).toBeNaN();
  });
});
