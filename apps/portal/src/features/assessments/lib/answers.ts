import type { QuestionKind } from '@icspa/domain';

/** The chosen option ids of each question, by question id, as the form holds them. */
export type AnswerState = Readonly<Record<string, readonly string[]>>;

interface QuestionLike {
  id: string;
  kind: QuestionKind;
}

/** Multiple choice takes any number of options (checkboxes); single choice and true/false take one (radios). */
export function allowsSeveral(kind: QuestionKind): boolean {
  return kind === 'multiple_choice';
}

/** The state after choosing (or, for checkboxes, un-choosing) an option. */
export function choose(state: AnswerState, question: QuestionLike, optionId: string, checked: boolean): AnswerState {
  const current = state[question.id] ?? [];
  if (!allowsSeveral(question.kind))
    return { ...state, [question.id]: checked ? [optionId] : current.filter((id) => id !== optionId) };
  const next = checked
    ? current.includes(optionId)
      ? current
      : [...current, optionId]
    : current.filter((id) => id !== optionId);
  return { ...state, [question.id]: next };
}

/**
 * The body of `POST /api/attempts/{id}/submit`: one answer per question of the attempt, in its order;
 * an unanswered question goes with no options (it scores nothing, but the attempt stays whole).
 * Choices for questions not in the attempt are dropped.
 */
export function buildAnswers(
  questions: ReadonlyArray<{ id: string }>,
  state: AnswerState,
): { answers: Array<{ questionId: string; optionIds: string[] }> } {
  return { answers: questions.map((q) => ({ questionId: q.id, optionIds: [...new Set(state[q.id] ?? [])] })) };
}

/** How many questions have no option chosen. */
export function unansweredCount(questions: ReadonlyArray<{ id: string }>, state: AnswerState): number {
  return questions.filter((q) => (state[q.id] ?? []).length === 0).length;
}

/** Reads answers kept for an attempt (sessionStorage), ignoring anything malformed. */
export function parseStoredAnswers(text: string | null): AnswerState {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Record<string, string[]> = {};
    for (const [key, ids] of Object.entries(value)) {
      if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) out[key] = ids;
    }
    return out;
  } catch {
    return {};
  }
}
