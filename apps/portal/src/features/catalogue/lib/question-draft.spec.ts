import {
  changeKind,
  emptyQuestionDraft,
  markCorrect,
  questionInput,
  questionProblem,
  removeOption,
  TRUE_FALSE_OPTIONS,
  type QuestionDraft,
} from './question-draft';

const draft = (over: Partial<QuestionDraft> = {}): QuestionDraft => ({
  kind: 'single_choice',
  prompt: 'Q?',
  options: ['a', 'b', 'c'],
  correct: [1],
  ...over,
});

describe('question draft', () => {
  it('starts with two empty options, or True and False', () => {
    expect(emptyQuestionDraft()).toEqual({ kind: 'single_choice', prompt: '', options: ['', ''], correct: [] });
    expect(emptyQuestionDraft('true_false').options).toEqual(TRUE_FALSE_OPTIONS);
  });

  it('keeps one correct option for single choice, any number for multiple choice', () => {
    expect(markCorrect(draft(), 2, true).correct).toEqual([2]);
    expect(markCorrect(draft({ kind: 'multiple_choice', correct: [2] }), 0, true).correct).toEqual([0, 2]);
    expect(markCorrect(draft({ kind: 'multiple_choice', correct: [0, 2] }), 2, false).correct).toEqual([0]);
  });

  it('changes kind keeping what fits', () => {
    expect(changeKind(draft({ kind: 'multiple_choice', correct: [0, 2] }), 'single_choice').correct).toEqual([0]);
    expect(changeKind(draft(), 'true_false')).toMatchObject({ options: TRUE_FALSE_OPTIONS, correct: [] });
    expect(
      changeKind(draft({ kind: 'true_false', options: TRUE_FALSE_OPTIONS, correct: [0] }), 'multiple_choice'),
    ).toMatchObject({ options: ['', ''], correct: [] });
  });

  it('renumbers the correct options when one is removed', () => {
    expect(removeOption(draft({ kind: 'multiple_choice', correct: [0, 2] }), 1)).toMatchObject({
      options: ['a', 'c'],
      correct: [0, 1],
    });
    expect(removeOption(draft({ correct: [1] }), 1).correct).toEqual([]);
  });

  it('says what is missing', () => {
    expect(questionProblem(draft({ prompt: '  ' }))).toBe('prompt');
    expect(questionProblem(draft({ options: ['a', ' '] }))).toBe('options');
    expect(questionProblem(draft({ options: ['a'], correct: [0] }))).toBe('options');
    expect(questionProblem(draft({ correct: [] }))).toBe('correct');
    expect(questionProblem(draft({ correct: [0, 1] }))).toBe('correct');
    expect(questionProblem(draft({ correct: [5] }))).toBe('correct');
    expect(questionProblem(draft())).toBeNull();
  });

  it('builds the API body with indexes from 0 and trimmed texts', () => {
    expect(questionInput(draft({ prompt: ' Which? ', options: [' x ', 'y'], correct: [0] }))).toEqual({
      kind: 'single_choice',
      prompt: 'Which?',
      options: ['x', 'y'],
      correct: [0],
    });
    expect(questionInput({ kind: 'true_false', prompt: 'T?', options: ['whatever'], correct: [1] }).options).toEqual([
      'True',
      'False',
    ]);
  });
});
