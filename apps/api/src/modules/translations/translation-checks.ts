/**
 * What a translated string must keep of its source, checked on import (a translator working offline
 * cannot see the page): the placeholders and the Markdown structure. Pure functions, no I/O.
 */

/** `{{name}}` (i18next), `${name}` (template), `%s`, `%d`, `%1$s` (printf). */
const PLACEHOLDER = /\{\{\s*[^{}\s]+\s*\}\}|\$\{[^{}\s]+\}|%(?:\d+\$)?[sdif]/g;

/** The placeholders of a text, normalised (`{{ x }}` is `{{x}}`) and sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0].replace(/\s+/g, '')).sort();
}

/** What the target lacks and what it adds, as multisets; both empty when the placeholders match. */
export function placeholderDifference(source: string, target: string): { missing: string[]; extra: string[] } {
  const remaining = placeholdersOf(source);
  const extra: string[] = [];
  for (const p of placeholdersOf(target)) {
    const at = remaining.indexOf(p);
    if (at >= 0) remaining.splice(at, 1);
    else extra.push(p);
  }
  return { missing: remaining, extra };
}

/** The Markdown structure a translation keeps: heading levels in order, list items, image paths, link targets. */
export interface MarkdownStructure {
  headings: string[];
  listItems: number;
  images: string[];
  links: string[];
}

export function markdownStructure(markdown: string): MarkdownStructure {
  // Fenced code is not prose: its lines are neither headings nor list items.
  const lines: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) lines.push(line);
  }
  const prose = lines.join('\n');
  return {
    headings: lines.filter((l) => /^#{1,6}\s/.test(l)).map((l) => /^#+/.exec(l)![0]),
    listItems: lines.filter((l) => /^\s*([-*+]|\d+[.)])\s/.test(l)).length,
    // The path (and a " =WxH" size at the end of the title) stays; the alt text and title are translated.
    images: [...prose.matchAll(/!\[[^\]]*\]\(\s*(\S+?)(?:\s+"[^"]*?( =\d+x\d+)?")?\s*\)/g)].map(
      (m) => `${m[1]}${m[2] ?? ''}`,
    ),
    links: [...prose.matchAll(/(?<!!)\[[^\]]*\]\(\s*(\S+?)(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
  };
}

/** The first part of the Markdown structure the target does not keep, or undefined when it keeps it all. */
export function markdownDifference(source: string, target: string): keyof MarkdownStructure | undefined {
  const a = markdownStructure(source);
  const b = markdownStructure(target);
  if (a.headings.join(' ') !== b.headings.join(' ')) return 'headings';
  if (a.listItems !== b.listItems) return 'listItems';
  if (a.images.join('\n') !== b.images.join('\n')) return 'images';
  if ([...a.links].sort().join('\n') !== [...b.links].sort().join('\n')) return 'links';
  return undefined;
}
