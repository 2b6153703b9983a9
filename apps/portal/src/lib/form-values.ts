/** Small conversions between form controls and API values. */

/** Tags typed as a comma-separated list: trimmed, without empties or repeats, in the order typed. */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const value = part.trim();
    if (value) seen.add(value);
  }
  return [...seen];
}

/** The list back as text for its input. */
export function listText(items: readonly string[]): string {
  return items.join(', ');
}

/** A whole number from a number input, or undefined when it is empty or not a whole number. */
export function parseWholeNumber(text: string): number | undefined {
  const value = text.trim();
  if (!/^-?\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of `<input type="datetime-local">`, in the browser's time zone. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a `datetime-local` input (browser time zone) as an ISO 8601 instant, or undefined. */
export function fromDateTimeLocal(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The list with one item moved `delta` places (−1 up, +1 down); unchanged when it would leave the list. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved);
  return next;
}
