import { allowsSeveral, buildAnswers, choose, parseStoredAnswers, unansweredCount, type AnswerState } from './answers';

const single = { id: 'q1', kind: 'single_choice' as const };
const multiple = { id: 'q2', kind: 'multiple_choice' as const };
const trueFalse = { id: 'q3', kind: 'true_false' as const };

describe('answers', () => {
  it('takes several options for multiple choice only', () => {
    expect(allowsSeveral('multiple_choice')).toBe(true);
    expect(allowsSeveral('single_choice')).toBe(false);
    expect(allowsSeveral('true_false')).toBe(false);
  });

  it('replaces the choice of a single-choice or true/false question', () => {
    let state: AnswerState = {};
    state = choose(state, single, 'a', true);
    state = choose(state, single, 'b', true);
    state = choose(state, trueFalse, 't', true);
    expect(state).toEqual({ q1: ['b'], q3: ['t'] });
  });

  it('adds and removes choices of a multiple-choice question, once each', () => {
    let state: AnswerState = {};
    state = choose(state, multiple, 'a', true);
    state = choose(state, multiple, 'c', true);
    state = choose(state, multiple, 'a', true);
    expect(state.q2).toEqual(['a', 'c']);
    state = choose(state, multiple, 'a', false);
    expect(state.q2).toEqual(['c']);
  });

  it('does not change the state it was given', () => {
    const state: AnswerState = { q2: ['a'] };
    choose(state, multiple, 'b', true);
    expect(state).toEqual({ q2: ['a'] });
  });

  it('builds one answer per question, in the attempt’s order, unanswered ones empty', () => {
    const state: AnswerState = { q3: ['f'], q1: ['b'], stray: ['x'] };
    expect(buildAnswers([single, multiple, trueFalse], state)).toEqual({
      answers: [
        { questionId: 'q1', optionIds: ['b'] },
        { questionId: 'q2', optionIds: [] },
        { questionId: 'q3', optionIds: ['f'] },
      ],
    });
  });

  it('counts unanswered questions', () => {
    expect(unansweredCount([single, multiple, trueFalse], { q1: ['a'], q2: [] })).toBe(2);
  });

  it('reads stored answers, dropping what is malformed', () => {
    expect(parseStoredAnswers('{"q1":["a"],"q2":"b","q3":[1]}')).toEqual({ q1: ['a'] });
    expect(parseStoredAnswers('not json')).toEqual({});
    expect(parseStoredAnswers('[1,2]')).toEqual({});
    expect(parseStoredAnswers(null)).toEqual({});
  });
});
