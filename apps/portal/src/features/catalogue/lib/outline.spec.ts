import { completedCount, lessonOrder, neighbours, nextLessonToStudy } from './outline';

const outline = {
  modules: [
    { id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }] },
    { id: 'm2', lessons: [] },
    { id: 'm3', lessons: [{ id: 'c' }, { id: 'd' }] },
  ],
};

describe('course outline', () => {
  it('reads lessons in module order, then lesson order', () => {
    expect(lessonOrder(outline)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds the lessons either side, across modules', () => {
    expect(neighbours(outline, 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(outline, 'a')).toEqual({ previous: null, next: 'b' });
    expect(neighbours(outline, 'd')).toEqual({ previous: 'c', next: null });
    expect(neighbours(outline, 'zz')).toEqual({ previous: null, next: null });
  });

  describe('the next lesson to study', () => {
    it('is the next one not done after the current lesson', () => {
      expect(nextLessonToStudy(outline, 'a', [])).toBe('b');
      expect(nextLessonToStudy(outline, 'a', ['b'])).toBe('c');
    });

    it('goes back to a lesson skipped earlier when the rest are done', () => {
      expect(nextLessonToStudy(outline, 'd', ['c'])).toBe('a');
      expect(nextLessonToStudy(outline, 'c', ['a', 'd'])).toBe('b');
    });

    it('is null when every lesson is done, counting the current one', () => {
      expect(nextLessonToStudy(outline, 'd', ['a', 'b', 'c'])).toBeNull();
      expect(nextLessonToStudy({ modules: [] }, null, [])).toBeNull();
    });

    it('resumes at the first lesson not done when there is no current lesson', () => {
      expect(nextLessonToStudy(outline, null, ['a'])).toBe('b');
    });

    it('starts from the beginning after a lesson that is not in the course', () => {
      expect(nextLessonToStudy(outline, 'gone', ['a'])).toBe('b');
    });
  });

  it('counts completed lessons of this course only', () => {
    expect(completedCount(outline, ['a', 'c', 'removed'])).toEqual({ done: 2, total: 4 });
  });
});
