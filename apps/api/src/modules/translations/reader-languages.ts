import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * The languages a request's reader reads, before they are matched to content locales: `preferred` is the
 * user's portal language, or (when they have not chosen one, or nobody is signed in) the `Accept-Language`
 * tags by weight; `reads` the further languages of their profile, in order.
 */
export interface ReaderLanguages {
  preferred: string[];
  reads: string[];
}

/** `Accept-Language` tags, highest weight first (ties keep their order); `*` and q=0 left out. At most 10. */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((t) => t.tag && t.tag !== '*' && Number.isFinite(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .slice(0, 10)
    .map((t) => t.tag);
}

export function readerLanguagesOf(request: FastifyRequest): ReaderLanguages {
  const user = request.authUser;
  const header = request.headers['accept-language'];
  return {
    preferred: user?.locale ? [user.locale] : acceptLanguageTags(Array.isArray(header) ? header[0] : header),
    reads: user?.readsLocales ?? [],
  };
}

/** The reader's languages (see `ReaderLanguages`), for routes that show content. */
export const Reader = createParamDecorator((_: unknown, ctx: ExecutionContext): ReaderLanguages =>
  readerLanguagesOf(ctx.switchToHttp().getRequest()),
);
