import type { ReactNode } from 'react';

export type TagTone = 'ok' | 'info' | 'warn' | 'error' | 'muted';

/** A short status word on a tinted background; the word, not the colour, carries the meaning. */
export function Tag({ tone, children }: { tone: TagTone; children: ReactNode }) {
  return <span className={`tag tag--${tone}`}>{children}</span>;
}
