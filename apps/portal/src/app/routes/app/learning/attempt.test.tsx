import { AS_WRITTEN } from '@/testing/content';
import { screen, within } from '@testing-library/react';
import type { Schemas } from '@icspa/api-client';
import { paths } from '@/config/paths';
import { getAttemptQueryOptions, type Attempt } from '@/features/assessments/api/get-attempt';
import { saveAnswers } from '@/features/assessments/lib/stored-answers';
import { getEnrolmentQueryOptions } from '@/features/enrolments/api/get-enrolment';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AttemptRoute } from './attempt';

const ENROLMENT: Schemas['EnrolmentResponseDto'] = {
  id: 'e-1',
  cohortId: 'k-1',
  courseId: 'c-1',
  courseTitle: 'Digital forensics',
  officerId: 'o-1',
  officerName: 'Ana Alves',
  officerPseudonym: null,
  status: 'enrolled',
  waitlistPosition: null,
  progressPercent: 100,
  attended: null,
  attendancePercent: null,
  startsAt: '2030-03-05T08:00:00.000Z',
  endsAt: '2030-03-09T16:00:00.000Z',
  deliveryMode: 'online',
  nextLessonId: null,
  nextLessonTitle: null,
  completedAt: null,
  switchFromEnrolmentId: null,
};

const RESULT: Attempt = {
  id: 'a-1',
  enrolmentId: 'e-1',
  startedAt: '2030-03-09T10:00:00.000Z',
  deadlineAt: null,
  submittedAt: '2030-03-09T10:20:00.000Z',
  score: 50,
  passed: false,
  passMark: 70,
  attemptsLeft: 2,
  locale: 'en',
  questions: [
    {
      id: 'q-1',
      kind: 'single_choice',
      prompt: 'Which hash identifies an evidence image?',
      options: [
        { id: 'q1-a', text: 'SHA-256' },
        { id: 'q1-b', text: 'CRC-8' },
      ],
      correct: ['q1-a'],
      ...AS_WRITTEN,
    },
    {
      id: 'q-2',
      kind: 'true_false',
      prompt: 'A write blocker alters the disk.',
      options: [
        { id: 'q2-t', text: 'True' },
        { id: 'q2-f', text: 'False' },
      ],
      correct: ['q2-f'],
      ...AS_WRITTEN,
    },
  ],
};

function open(attempt: Attempt) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAttemptQueryOptions(attempt.id).queryKey, attempt);
  queryClient.setQueryData(getEnrolmentQueryOptions('e-1').queryKey, ENROLMENT);
  return renderPage(<AttemptRoute />, {
    path: paths.app.attempt.path,
    url: paths.app.attempt.getHref({ enrolmentId: 'e-1', attemptId: attempt.id }),
    queryClient,
  });
}

/** The value beside a term of the result's list ("Your score" → "50%"). */
function detail(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('Assessment result (page)', () => {
  it('shows a failed attempt with score, pass mark and attempts left, and offers another try', () => {
    open(RESULT);
    expect(screen.getByRole('heading', { level: 1, name: 'Assessment result' })).toBeInTheDocument();
    expect(screen.getByText('Digital forensics')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Not passed this time' })).toBeInTheDocument();
    expect(detail('Your score')).toBe('50%');
    expect(detail('Pass mark')).toBe('70%');
    expect(detail('Result')).toBe('Not passed');
    expect(detail('Attempts left')).toBe('2');
    expect(screen.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/learning/e-1/assessment');
    expect(screen.getByRole('link', { name: 'Back to My learning' })).toHaveAttribute('href', '/learning');
  });

  it('offers no other try once the attempts are used up', () => {
    open({ ...RESULT, attemptsLeft: 0 });
    expect(detail('Attempts left')).toBe('0');
    expect(screen.queryByRole('link', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows a pass, and no other try', () => {
    open({ ...RESULT, score: 100, passed: true });
    expect(screen.getByRole('heading', { level: 2, name: 'You passed' })).toBeInTheDocument();
    expect(detail('Your score')).toBe('100%');
    expect(detail('Result')).toBe('Passed');
    expect(screen.queryByRole('link', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('marks the correct options and, when this browser kept them, the officer’s own answers', () => {
    saveAnswers('a-1', { 'q-1': ['q1-b'], 'q-2': ['q2-f'] });
    open(RESULT);
    const review = screen.getByRole('region', { name: 'Review the questions' });
    const question = (prompt: string) => within(review).getByText(prompt).closest('li')!;
    const first = question('Which hash identifies an evidence image?');
    const second = question('A write blocker alters the disk.');

    expect(first).toHaveTextContent('Question 1 of 2. Which hash identifies an evidence image?');
    const [sha, crc] = within(first).getAllByRole('listitem');
    expect(sha).toHaveTextContent('SHA-256Correct answer');
    expect(sha).not.toHaveTextContent('Your answer');
    expect(crc).toHaveTextContent('✗CRC-8Your answer');

    expect(second).toHaveTextContent('Question 2 of 2. A write blocker alters the disk.');
    const [, falseOption] = within(second).getAllByRole('listitem');
    expect(falseOption).toHaveTextContent('✓FalseCorrect answerYour answer');
  });

  it('marks only the correct options when the answers were given in another browser', () => {
    open(RESULT);
    expect(screen.getAllByText('Correct answer')).toHaveLength(2);
    expect(screen.queryByText('Your answer')).not.toBeInTheDocument();
  });

  describe('while the correct answers are withheld (a retake is left)', () => {
    const WITHHELD: Attempt = {
      ...RESULT,
      score: 50,
      passed: false,
      attemptsLeft: 1,
      questions: RESULT.questions.map(({ correct: _correct, ...question }) => question),
    };

    it('shows each answer given, with no right or wrong mark, beside the score and the outcome', () => {
      saveAnswers('a-1', { 'q-1': ['q1-a'], 'q-2': ['q2-t'] });
      open(WITHHELD);
      expect(detail('Your score')).toBe('50%');
      expect(detail('Result')).toBe('Not passed');
      const review = screen.getByRole('region', { name: 'Review the questions' });
      expect(
        within(review).getByText('The correct answers are shown once you pass or have no attempts left.'),
      ).toBeInTheDocument();
      expect(review).not.toHaveTextContent('✗');
      expect(review).not.toHaveTextContent('✓');
      expect(within(review).queryByText('Correct answer')).not.toBeInTheDocument();

      const question = (prompt: string) => within(review).getByText(prompt).closest('li')!;
      const [sha, crc] = within(question('Which hash identifies an evidence image?')).getAllByRole('listitem');
      expect(sha).toHaveTextContent('SHA-256Your answer');
      expect(sha).not.toHaveClass('option--wrong');
      expect(crc).toHaveTextContent(/^CRC-8$/);
      const [trueOption, falseOption] = within(question('A write blocker alters the disk.')).getAllByRole('listitem');
      expect(trueOption).toHaveTextContent('TrueYour answer');
      expect(trueOption).not.toHaveClass('option--wrong');
      expect(falseOption).toHaveTextContent(/^False$/);
    });

    it('says nothing is marked even when this browser did not keep the answers', () => {
      open(WITHHELD);
      const review = screen.getByRole('region', { name: 'Review the questions' });
      expect(review).not.toHaveTextContent('✗');
      expect(within(review).queryByText('Your answer')).not.toBeInTheDocument();
      expect(within(review).queryByText('Correct answer')).not.toBeInTheDocument();
    });
  });

  it('says nothing about withheld answers once they are revealed', () => {
    open(RESULT);
    expect(
      screen.queryByText('The correct answers are shown once you pass or have no attempts left.'),
    ).not.toBeInTheDocument();
  });
});
