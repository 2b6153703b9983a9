import { COURSES, type QuestionSeed } from './catalogue';
import { TOPICS } from './trainers';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('COURSES seed data', () => {
  it('uses unique course codes', () => {
    const codes = COURSES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('publishes at least nine courses', () => {
    expect(COURSES.filter((c) => c.status === 'published').length).toBeGreaterThanOrEqual(9);
  });

  it('tags courses only with known topics', () => {
    const known = new Set<string>(TOPICS);
    for (const course of COURSES) {
      expect(course.topics.length).toBeGreaterThan(0);
      for (const topic of course.topics) {
        expect(known.has(topic)).toBe(true);
      }
    }
  });

  it('gives every course at least two modules and every module at least two lessons', () => {
    for (const course of COURSES) {
      expect(course.modules.length).toBeGreaterThanOrEqual(2);
      for (const mod of course.modules) {
        expect(mod.lessons.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('writes real lesson text: at least 100 words, no HTML tags, no placeholder text', () => {
    for (const course of COURSES) {
      for (const lesson of course.modules.flatMap((m) => m.lessons)) {
        const where = `${course.code} / ${lesson.title}`;
        expect({ where, words: words(lesson.body) >= 100 }).toEqual({ where, words: true });
        expect({ where, html: /<\/?[a-z!][^>]*>/i.test(lesson.body) }).toEqual({ where, html: false });
        expect({ where, lorem: /lorem/i.test(lesson.body) }).toEqual({ where, lorem: false });
        expect(lesson.minutes).toBeGreaterThan(0);
      }
    }
  });

  it("keeps every question's correct indexes within its options and consistent with its kind", () => {
    const check = (q: QuestionSeed) => {
      expect(q.correct.length).toBeGreaterThan(0);
      expect(new Set(q.correct).size).toBe(q.correct.length);
      for (const i of q.correct) {
        expect(Number.isInteger(i)).toBe(true);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(q.options.length);
      }
      switch (q.kind) {
        case 'single_choice':
          expect(q.options.length).toBeGreaterThanOrEqual(2);
          expect(q.correct).toHaveLength(1);
          break;
        case 'multiple_choice':
          expect(q.options.length).toBeGreaterThanOrEqual(3);
          expect(q.correct.length).toBeGreaterThanOrEqual(2);
          break;
        case 'true_false':
          expect(q.options).toEqual(['True', 'False']);
          expect(q.correct).toHaveLength(1);
          break;
      }
    };
    for (const course of COURSES) {
      for (const question of course.assessment.questions) check(question);
    }
  });

  it('draws no more questions per attempt than the bank holds', () => {
    for (const { assessment } of COURSES) {
      expect(assessment.questionsPerAttempt).toBeGreaterThanOrEqual(1);
      expect(assessment.questionsPerAttempt).toBeLessThanOrEqual(assessment.questions.length);
      expect(assessment.passMark).toBeGreaterThanOrEqual(1);
      expect(assessment.passMark).toBeLessThanOrEqual(100);
      expect(assessment.attemptLimit).toBeGreaterThanOrEqual(1);
    }
  });
});
