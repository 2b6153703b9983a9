/** The filter choices of the catalogue, drawn from the courses themselves (the API has no list of topics). */
export function courseFacets(courses: ReadonlyArray<{ topics: readonly string[]; languages: readonly string[] }>): {
  topics: string[];
  languages: string[];
} {
  const topics = new Set<string>();
  const languages = new Set<string>();
  for (const course of courses) {
    course.topics.forEach((t) => topics.add(t));
    course.languages.forEach((l) => languages.add(l));
  }
  return { topics: [...topics].sort(), languages: [...languages].sort() };
}

/** The choices with the current value kept, so a filter from a bookmarked link still shows as chosen. */
export function withCurrent(values: readonly string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [...values, current] : [...values];
}
