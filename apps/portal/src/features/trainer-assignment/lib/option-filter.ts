/** Lower-case without accents, so "cote" finds "Côte d’Ivoire" and "turkiye" finds "Türkiye". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The options whose label contains the query, or whose value is the query (a country's code: "UA"),
 * ignoring case and accents; all of them for an empty query.
 */
export function filterOptions<T extends { value: string; label: string }>(options: readonly T[], query: string): T[] {
  const q = fold(query.trim());
  if (!q) return [...options];
  return options.filter((o) => fold(o.label).includes(q) || o.value.toLowerCase() === q);
}
