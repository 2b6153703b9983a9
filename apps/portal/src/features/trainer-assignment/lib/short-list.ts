/** The first `max` items of a long list and how many were left out ("Ukraine, Romania and 5 more"). */
export function shortList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const limit = Math.max(0, max);
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
