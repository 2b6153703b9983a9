/** The largest side a lesson image may declare: a typo such as `=72000x300` is ignored, not rendered. */
const MAX_SIDE = 4000;

export interface ImageTitle {
  /** The title text without the size (undefined when nothing else was written). */
  title?: string;
  width?: number;
  height?: number;
}

/**
 * Reads the size a lesson's Markdown gives an image at the end of its title:
 * `![Alt text](/lessons/x.svg "Caption =720x300")` or `![Alt text](/lessons/x.svg "=720x300")`.
 * The browser then reserves the box before the file arrives (no layout jump); CSS scales it down to
 * the column. A title without a valid size is kept as it is.
 */
export function parseImageTitle(raw: string | null | undefined): ImageTitle {
  const text = (raw ?? '').trim();
  const match = /^(.*?)\s*=(\d{1,4})x(\d{1,4})$/.exec(text);
  if (!match) return text ? { title: text } : {};
  const width = Number(match[2]);
  const height = Number(match[3]);
  const title = match[1] || undefined;
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return { title: text };
  return { title, width, height };
}
