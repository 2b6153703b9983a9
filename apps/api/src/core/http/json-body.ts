import { BadRequestException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { coded } from '../errors/coded';

/** No request body of the API nests deeper than a few levels; this leaves ample room and refuses the rest. */
export const MAX_JSON_DEPTH = 32;

/**
 * No array or object of a request body holds more than this many elements: every declared array is far
 * shorter (250 at most), so a body above it is refused before JSON.parse builds it (the parse of a
 * 100,000-element array, the costliest part of a hostile body, is never paid).
 */
export const MAX_JSON_ELEMENTS = 1000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** An array or object being read: its commas so far, and (in an object) the key of the value that opened below it. */
interface Level {
  array: boolean;
  commas: number;
  key?: [number, number];
}

/** What is wrong with a body's shape, found before it is parsed. */
export interface JsonShapeProblem {
  /** `depth`: the top-level field (or `body`); `elements`: the path to the array or object (`answers.0.optionIds`). */
  field: string;
  problem: 'depth' | 'elements';
}

/** The 400 of a shape problem, naming the field. */
export function shapeError(found: JsonShapeProblem): BadRequestException {
  return new BadRequestException(
    found.problem === 'depth'
      ? coded('http.too_deep', found.field, `nested more than ${MAX_JSON_DEPTH} levels deep`, { max: MAX_JSON_DEPTH })
      : coded('http.too_many_elements', found.field, `has more than ${MAX_JSON_ELEMENTS} elements`, {
          max: MAX_JSON_ELEMENTS,
        }),
  );
}

/** The index of the quote closing a string whose content starts at `from`, or -1 when it never closes. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    for (let b = q - 1; b >= from && text.charCodeAt(b) === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

function keyAt(text: string, span: [number, number] | undefined): string {
  if (!span) return 'body';
  try {
    const key = JSON.parse(text.slice(span[0], Math.min(span[1], span[0] + 200))) as unknown;
    return typeof key === 'string' && key ? key.slice(0, 64) : 'body';
  } catch {
    return 'body';
  }
}

function pathOf(text: string, levels: Level[]): string {
  const parts: string[] = [];
  for (let i = 0; i < levels.length - 1; i++) {
    parts.push(levels[i].array ? String(levels[i].commas) : keyAt(text, levels[i].key));
  }
  return parts.join('.') || 'body';
}

/**
 * The first thing wrong with a JSON text's shape: nesting deeper than `maxDepth` (named by its top-level
 * field) or an array or object of more than `maxElements` elements (named by its path). One pass, without
 * recursion; strings are skipped with `indexOf`, so a long string or number costs little more than its copy.
 * (The text is not validated here: JSON.parse does that afterwards.)
 */
export function jsonShapeProblem(
  text: string,
  maxDepth = MAX_JSON_DEPTH,
  maxElements = MAX_JSON_ELEMENTS,
): JsonShapeProblem | undefined {
  const levels: Level[] = [];
  /** The last string closed: when a value opens in an object, it is that value's key. */
  let lastString: [number, number] | undefined;
  /** How many characters in a row were neither structure nor a string (a number, a literal, spaces). */
  let run = 0;
  const skipRun = /[^"{}[\],]*/y;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c !== QUOTE &&
      c !== OPEN_OBJECT &&
      c !== OPEN_ARRAY &&
      c !== CLOSE_OBJECT &&
      c !== CLOSE_ARRAY &&
      c !== COMMA
    ) {
      // A long run (a 900,000-digit number) is skipped by the regular expression engine, not char by char.
      if (++run === 64) {
        skipRun.lastIndex = i;
        skipRun.exec(text);
        i = skipRun.lastIndex - 1;
      }
      continue;
    }
    run = 0;
    if (c === QUOTE) {
      const end = closingQuote(text, i + 1);
      if (end < 0) return undefined;
      lastString = [i, end + 1];
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const parent = levels[levels.length - 1];
      if (parent && !parent.array) parent.key = lastString;
      levels.push({ array: c === OPEN_ARRAY, commas: 0 });
      if (levels.length > maxDepth) {
        return { field: levels[0].array ? 'body' : keyAt(text, levels[0].key), problem: 'depth' };
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      levels.pop();
    } else if (c === COMMA) {
      const level = levels[levels.length - 1];
      if (level && ++level.commas >= maxElements) return { field: pathOf(text, levels), problem: 'elements' };
    }
  }
  return undefined;
}

/** The top-level field under which a JSON text nests deeper than `maxDepth`, or undefined when it does not. */
export function tooDeepField(text: string, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const found = jsonShapeProblem(text, maxDepth, Infinity);
  return found?.problem === 'depth' ? found.field : undefined;
}

/**
 * Request bodies are JSON and nothing else: every other content type (Fastify's text/plain, the
 * urlencoded parser Nest's adapter would add, multipart) answers 415, so a cross-site HTML form never
 * reaches a handler. The JSON parser refuses excessive nesting and oversized arrays and objects before
 * parsing, naming the field (so a hostile body costs one scan, not a parse), and
 * keeps Fastify's protection against `__proto__` and `constructor` keys. Call before `app.init()`, with
 * Nest's own body parsers turned off (`bodyParser: false`).
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const found = jsonShapeProblem(body as string);
    if (found !== undefined) {
      done(shapeError(found), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });
}
