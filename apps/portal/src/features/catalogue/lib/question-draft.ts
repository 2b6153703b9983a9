import type { QuestionKind } from '@icspa/domain';

/** The question form's state: options as typed, and which of them are correct (by index). */
export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  options: string[];
  correct: number[];
}

/** True/false questions always offer these two options, in this order (as the API expects). */
export const TRUE_FALSE_OPTIONS = ['True', 'False'];

export function emptyQuestionDraft(kind: QuestionKind = 'single_choice'): QuestionDraft {
  return { kind, prompt: '', options: kind === 'true_false' ? [...TRUE_FALSE_OPTIONS] : ['', ''], correct: [] };
}

/** Switches the kind, keeping what still fits: typed options survive between the two choice kinds. */
export function changeKind(draft: QuestionDraft, kind: QuestionKind): QuestionDraft {
  if (kind === draft.kind) return draft;
  if (kind === 'true_false') return { ...draft, kind, options: [...TRUE_FALSE_OPTIONS], correct: [] };
  const options = draft.kind === 'true_false' ? ['', ''] : draft.options;
  const correct =
    draft.kind === 'true_false' ? [] : kind === 'single_choice' ? draft.correct.slice(0, 1) : draft.correct;
  return { ...draft, kind, options, correct };
}

/** Marks an option correct (or not): one correct option for single choice and true/false, any for multiple choice. */
export function markCorrect(draft: QuestionDraft, index: number, correct: boolean): QuestionDraft {
  if (draft.kind !== 'multiple_choice')
    return { ...draft, correct: correct ? [index] : draft.correct.filter((i) => i !== index) };
  const set = new Set(draft.correct);
  if (correct) set.add(index);
  else set.delete(index);
  return { ...draft, correct: [...set].sort((a, b) => a - b) };
}

export function removeOption(draft: QuestionDraft, index: number): QuestionDraft {
  return {
    ...draft,
    options: draft.options.filter((_, i) => i !== index),
    correct: draft.correct.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
  };
}

export type QuestionProblem = 'prompt' | 'options' | 'correct';

/** What is missing before the question can be sent; the API checks too, this only saves a round trip. */
export function questionProblem(draft: QuestionDraft): QuestionProblem | null {
  if (!draft.prompt.trim()) return 'prompt';
  const options = draft.options.map((o) => o.trim());
  if (options.length < 2 || options.some((o) => !o)) return 'options';
  if (draft.correct.length === 0 || draft.correct.some((i) => i < 0 || i >= options.length)) return 'correct';
  if (draft.kind !== 'multiple_choice' && draft.correct.length !== 1) return 'correct';
  return null;
}

/** The body of `POST …/assessment/questions`: trimmed texts, correct options as indexes from 0. */
export function questionInput(draft: QuestionDraft): {
  kind: QuestionKind;
  prompt: string;
  options: string[];
  correct: number[];
} {
  return {
    kind: draft.kind,
    prompt: draft.prompt.trim(),
    options: draft.kind === 'true_false' ? [...TRUE_FALSE_OPTIONS] : draft.options.map((o) => o.trim()),
    correct: [...draft.correct].sort((a, b) => a - b),
  };
}
