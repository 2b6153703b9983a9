/** What links a certification to the one it renews. */
export interface Renewable {
  id: string;
  previousId: string | null;
}

/** A certification as the holder knows it now, with the ones it renewed, newest first. */
export interface CertificationLine<T> {
  current: T;
  earlier: T[];
}

/**
 * Groups a holder's certifications into lines of renewals (`previousId` chains): the newest of each line
 * is shown, the older ones as its history. Keeps the order of `items` (the API's: newest first); a
 * renewal missing from the list simply ends its line.
 */
export function certificationLines<T extends Renewable>(items: readonly T[]): CertificationLine<T>[] {
  const byId = new Map(items.map((c) => [c.id, c]));
  const renewed = new Set(items.flatMap((c) => (c.previousId && byId.has(c.previousId) ? [c.previousId] : [])));
  const seen = new Set<string>();
  const lines: CertificationLine<T>[] = [];
  const follow = (head: T) => {
    seen.add(head.id);
    const earlier: T[] = [];
    for (let previous = head.previousId ? byId.get(head.previousId) : undefined; previous && !seen.has(previous.id);) {
      seen.add(previous.id);
      earlier.push(previous);
      previous = previous.previousId ? byId.get(previous.previousId) : undefined;
    }
    lines.push({ current: head, earlier });
  };
  for (const c of items) if (!renewed.has(c.id) && !seen.has(c.id)) follow(c);
  // Only a loop (which the API cannot produce) leaves some unseen: show them rather than lose them.
  for (const c of items) if (!seen.has(c.id)) follow(c);
  return lines;
}
