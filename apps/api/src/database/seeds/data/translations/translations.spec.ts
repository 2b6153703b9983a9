import { COURSES } from '../catalogue';
import { TRANSLATIONS } from './index';
import { FULLY_TRANSLATED_COURSES, TRANSLATED_LOCALES } from './types';

const PROGRAMMES = ['Certified Digital Evidence First Responder', 'Alliance Cybercrime Investigator'];

/** Markdown structure a translation must keep: heading levels, list and table rows, image paths and sizes. */
function structure(markdown: string) {
  const lines = markdown.split('\n');
  return {
    headings: lines.filter((l) => /^#{1,6} /.test(l)).map((l) => l.match(/^#+/)![0]),
    listItems: lines.filter((l) => /^\s*([-*+]|\d+\.) /.test(l)).length,
    tableRows: lines.filter((l) => /^\|/.test(l)).length,
    // The path and the size (" =WxH" at the end of the title) stay; caption and title text are translated.
    images: [...markdown.matchAll(/!\[[^\]]*\]\((\S+)(?: "[^"]*?( =\d+x\d+)?")?\)/g)].map(
      (m) => `${m[1]}${m[2] ?? ''}`,
    ),
  };
}

describe('seed translations', () => {
  it('has one file per translated locale', () => {
    expect(TRANSLATIONS.map((t) => t.locale).sort()).toEqual([...TRANSLATED_LOCALES].sort());
  });

  for (const locale of TRANSLATED_LOCALES) {
    describe(locale, () => {
      const seed = () => TRANSLATIONS.find((t) => t.locale === locale)!;

      it('gives every course a title and summary that are not the English ones', () => {
        for (const course of COURSES) {
          const t = seed().courses[course.code];
          expect({ code: course.code, present: Boolean(t?.title && t?.summary) }).toEqual({
            code: course.code,
            present: true,
          });
          expect(t.title).not.toBe(course.title);
          expect(t.summary).not.toBe(course.summary);
        }
      });

      it('translates both programmes', () => {
        for (const name of PROGRAMMES) {
          expect(seed().programmes[name]?.name).toBeTruthy();
          expect(seed().programmes[name].description).toBeTruthy();
        }
      });

      it('translates the four whole courses with the source structure', () => {
        for (const code of FULLY_TRANSLATED_COURSES) {
          const source = COURSES.find((c) => c.code === code)!;
          const t = seed().courses[code];
          expect({ code, modules: t.modules?.length }).toEqual({ code, modules: source.modules.length });
          source.modules.forEach((m, i) => {
            expect({ code, module: i, lessons: t.modules![i].lessons.length }).toEqual({
              code,
              module: i,
              lessons: m.lessons.length,
            });
            expect(t.modules![i].title).toBeTruthy();
            m.lessons.forEach((l, j) => {
              const where = `${code} ${i + 1}.${j + 1}`;
              const tl = t.modules![i].lessons[j];
              expect({ where, title: Boolean(tl.title) && tl.title !== l.title }).toEqual({ where, title: true });
              expect({ where, ...structure(tl.body) }).toEqual({ where, ...structure(l.body) });
              expect({ where, untranslated: tl.body === l.body }).toEqual({ where, untranslated: false });
            });
          });
          expect({ code, questions: t.questions?.length }).toEqual({
            code,
            questions: source.assessment.questions.length,
          });
          source.assessment.questions.forEach((q, k) => {
            const tq = t.questions![k];
            expect({ code, question: k, options: tq.options.length }).toEqual({
              code,
              question: k,
              options: q.options.length,
            });
            expect(tq.prompt).toBeTruthy();
          });
        }
      });

      it('translates no other course whole (the rest show the fallback note)', () => {
        for (const [code, t] of Object.entries(seed().courses))
          if (!(FULLY_TRANSLATED_COURSES as readonly string[]).includes(code)) {
            expect({ code, modules: t.modules, questions: t.questions }).toEqual({
              code,
              modules: undefined,
              questions: undefined,
            });
          }
      });
    });
  }
});
