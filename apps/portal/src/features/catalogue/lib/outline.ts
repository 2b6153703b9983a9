/** Reading order of a course outline. Only ids matter here, so any outline shape with them will do. */

export interface OutlineLike {
  modules: ReadonlyArray<{ id: string; lessons: ReadonlyArray<{ id: string }> }>;
}

/** Every lesson id in reading order: modules in order, lessons in order within each. */
export function lessonOrder(outline: OutlineLike): string[] {
  return outline.modules.flatMap((m) => m.lessons.map((l) => l.id));
}

/** The lessons before and after one, in reading order (null at either end, or when it is not in the course). */
export function neighbours(outline: OutlineLike, lessonId: string): { previous: string | null; next: string | null } {
  const order = lessonOrder(outline);
  const at = order.indexOf(lessonId);
  if (at < 0) return { previous: null, next: null };
  return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null };
}

/**
 * Where to go after finishing a lesson: the first lesson not yet done after it, else the first not yet
 * done before it (a lesson skipped earlier), else null — every lesson is done.
 */
export function nextLessonToStudy(
  outline: OutlineLike,
  currentLessonId: string | null,
  completedIds: Iterable<string>,
): string | null {
  const done = new Set(completedIds);
  if (currentLessonId) done.add(currentLessonId);
  const order = lessonOrder(outline);
  const at = currentLessonId ? order.indexOf(currentLessonId) : -1;
  const after = order.slice(at + 1).find((id) => !done.has(id));
  return after ?? order.find((id) => !done.has(id)) ?? null;
}

/** How many of the course's lessons are done (ids of lessons no longer in the course do not count). */
export function completedCount(outline: OutlineLike, completedIds: Iterable<string>): { done: number; total: number } {
  const done = new Set(completedIds);
  const order = lessonOrder(outline);
  return { done: order.filter((id) => done.has(id)).length, total: order.length };
}
