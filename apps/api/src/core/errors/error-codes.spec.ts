import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { ERROR_CODES, isErrorCode } from '@icspa/domain';
import { validationCode } from '../validation/validation.pipe';

const srcDir = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !/\.(spec|integration-spec)\.ts$/.test(name) ? [path] : [];
  });
}

/** The text between the parenthesis at `open` and its match. */
function argumentAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Arguments that hold a coded body without saying `coded(` where the exception is built. */
const CODED_ELSEWHERE: Record<string, string[]> = {
  // crossSiteProblem() returns coded(…) bodies.
  'core/http/cross-site.ts': ['problem'],
  // validationFailure() builds its body from coded problems (see its spec).
  'core/validation/validation.pipe.ts': ['{'],
  // TRANSACTION_CONFLICT = coded(…) in core/database/transaction.ts: a join whose facts kept changing.
  'modules/cohorts/usecases/enrol-officer/enrol-officer.usecase.ts': ['TRANSACTION_CONFLICT'],
};

describe('error codes', () => {
  const files = sourceFiles(srcDir);

  it('has every HTTP exception in the API thrown with a code (through coded())', () => {
    const uncoded: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = relative(srcDir, file);
      for (const match of text.matchAll(/\bnew (\w*Exception)\(/g)) {
        seen++;
        const arg = argumentAt(text, match.index! + match[0].length - 1).trim();
        const identifier = /^[A-Z_][A-Z0-9_]*$/i.exec(arg)?.[0];
        const ok =
          /\bcoded\(/.test(arg) ||
          (identifier !== undefined && new RegExp(`\\b${identifier}\\s*=\\s*coded\\(`).test(text)) ||
          (CODED_ELSEWHERE[name] ?? []).some((allowed) => arg.startsWith(allowed));
        if (!ok) uncoded.push(`${name}: new ${match[1]}(${arg.slice(0, 60)})`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(uncoded).toEqual([]);
  });

  it('has every error body sent by hand (outside the filter) carry a code', () => {
    const uncoded: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\.send\(\s*\{/g)) {
        const arg = argumentAt(text, match.index! + match[0].indexOf('('));
        if (/statusCode:\s*\d/.test(arg) && !/\bcoded\(/.test(arg))
          uncoded.push(`${relative(srcDir, file)}: send(${arg.trim().slice(0, 60)})`);
      }
    }
    expect(uncoded).toEqual([]);
  });

  it('names only catalogued codes in coded() calls', () => {
    const unknown: string[] = [];
    for (const file of files)
      for (const match of readFileSync(file, 'utf8').matchAll(/\bcoded\(\s*'([^']+)'/g))
        if (!isErrorCode(match[1])) unknown.push(`${relative(srcDir, file)}: ${match[1]}`);
    expect(unknown).toEqual([]);
  });

  it('gives every validation rule of every DTO a catalogued code, never the fallback', () => {
    for (const file of files.filter((f) => f.endsWith('.dto.ts'))) require(file);
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
    const rules = [...storage.validationMetadatas.values()].flat();
    expect(rules.length).toBeGreaterThan(200);
    const fallback = rules
      .filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION)
      .filter((m) => validationCode(m.name!, m) === 'validation.invalid')
      .map((m) => `${(m.target as { name?: string }).name}.${m.propertyName}: ${m.name}`);
    expect(fallback).toEqual([]);
  });

  it('uses stable dotted codes, each with its parameter names', () => {
    for (const [code, params] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z_]+(\.[a-zA-Z_]+)+$/);
      for (const p of params) expect(p).toMatch(/^[a-zA-Z]+$/);
    }
  });
});
