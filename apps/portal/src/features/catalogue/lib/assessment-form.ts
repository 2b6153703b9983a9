/** The assessment rules form: numbers as typed. An empty time limit means none. */
export interface AssessmentFormValues {
  passMark: string;
  attemptLimit: string;
  questionsPerAttempt: string;
  timeLimitMinutes: string;
}

interface AssessmentRules {
  passMark: number;
  attemptLimit: number;
  questionsPerAttempt: number;
  timeLimitMinutes: number | null;
}

/** The current rules, or sensible ones for a course that has none yet. */
export function assessmentFormValues(rules: AssessmentRules | null): AssessmentFormValues {
  if (!rules) return { passMark: '70', attemptLimit: '3', questionsPerAttempt: '10', timeLimitMinutes: '' };
  return {
    passMark: String(rules.passMark),
    attemptLimit: String(rules.attemptLimit),
    questionsPerAttempt: String(rules.questionsPerAttempt),
    timeLimitMinutes: rules.timeLimitMinutes === null ? '' : String(rules.timeLimitMinutes),
  };
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The body of `PUT /api/courses/{id}/assessment`; the API validates the numbers and names a bad one. */
export function assessmentInput(values: AssessmentFormValues): AssessmentRules {
  return {
    passMark: number(values.passMark),
    attemptLimit: number(values.attemptLimit),
    questionsPerAttempt: number(values.questionsPerAttempt),
    timeLimitMinutes: values.timeLimitMinutes.trim() === '' ? null : number(values.timeLimitMinutes),
  };
}
