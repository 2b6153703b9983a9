import { BadRequestException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { coded } from '../errors/coded';

/** No request body of the API nests deeper than a few levels; this leaves ample room and refuses the rest. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * The top-level field under which a JSON text nests deeper than `maxDepth`, or undefined when it does not.
 * One pass over the characters, without recursion, so a 5,000-deep text costs what a flat one does.
 * (The text is not validated here: JSON.parse does that afterwards.)
 */
export function tooDeepField(text: string, maxDepth = MAX_JSON_DEPTH): string | undefined {
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  /** The last string closed at depth 1: when a value opens there, it is that value's key. */
  let lastTopString: [number, number] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 1) lastTopString = [stringStart, i + 1];
      }
      continue;
    }
    if (c === QUOTE) {
      inString = true;
      stringStart = i;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth > maxDepth)
        return topLevelKey(text, text.charCodeAt(firstNonSpace(text)) === OPEN_OBJECT, lastTopString);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return undefined;
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function topLevelKey(text: string, inObject: boolean, span: [number, number] | undefined): string {
  if (!inObject || !span) return 'body';
  try {
    const key = JSON.parse(text.slice(span[0], Math.min(span[1], span[0] + 200))) as unknown;
    return typeof key === 'string' && key ? key.slice(0, 64) : 'body';
  } catch {
    return 'body';
  }
}

/**
 * Request bodies are JSON and nothing else: every other content type (Fastify's text/plain, the
 * urlencoded parser Nest's adapter would add, multipart) answers 415, so a cross-site HTML form never
 * reaches a handler. The JSON parser refuses excessive nesting before parsing, naming the field, and
 * keeps Fastify's protection against `__proto__` and `constructor` keys. Call before `app.init()`, with
 * Nest's own body parsers turned off (`bodyParser: false`).
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const field = tooDeepField(body as string);
    if (field !== undefined) {
      done(
        new BadRequestException(
          coded('http.too_deep', field, `nested more than ${MAX_JSON_DEPTH} levels deep`, { max: MAX_JSON_DEPTH }),
        ),
        undefined,
      );
      return;
    }
    parseJson(request, body as string, done);
  });
}
