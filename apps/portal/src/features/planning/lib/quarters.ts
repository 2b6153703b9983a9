/** The quarters from `first` to `last` (inclusive), `YYYY-Qn` (the API uses the same rule). */
export function quartersBetween(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last) && out.length < 40; i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
