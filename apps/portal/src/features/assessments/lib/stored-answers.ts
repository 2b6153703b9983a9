import { parseStoredAnswers, type AnswerState } from './answers';

/**
 * An attempt's answers kept in the tab's sessionStorage, so a reload does not lose them and the result
 * can show what was chosen. Storage may be unavailable (private modes, quotas): then nothing is kept.
 */
const key = (attemptId: string) => `icspa.attempt.${attemptId}.answers`;

export function loadAnswers(attemptId: string): AnswerState {
  try {
    return parseStoredAnswers(sessionStorage.getItem(key(attemptId)));
  } catch {
    return {};
  }
}

export function saveAnswers(attemptId: string, answers: AnswerState): void {
  try {
    sessionStorage.setItem(key(attemptId), JSON.stringify(answers));
  } catch {
    // Not kept; the attempt still works.
  }
}
