import { AUDIT_ACTIONS } from '@icspa/domain';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every source file of the API but tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(spec|integration-spec)\.ts$/.test(name) ? [path] : [];
  });
}

const SRC = join(__dirname, '../..');

/** Action codes written as literals where an audit entry's `action` is set (`action: 'x.y'`, or a ternary of two). */
function actionsInCode(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\baction:\s*([^,\n}]+)/g)) {
      for (const literal of m[1].matchAll(/'([a-z_]+\.[a-z_]+)'/g)) found.add(literal[1]);
    }
  }
  return found;
}

describe('audit actions', () => {
  it('lists every action code the code base records, and none it does not', () => {
    const inCode = actionsInCode();
    // Sanity: the scan finds the known spellings, including the review's ternary.
    expect(inCode).toContain('certification.revoke');
    expect(inCode).toContain('needs_assessment.return');
    expect([...inCode].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a)).sort()).toEqual([]);
    expect(AUDIT_ACTIONS.filter((a) => !inCode.has(a))).toEqual([]);
  });

  it('holds no action twice', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
