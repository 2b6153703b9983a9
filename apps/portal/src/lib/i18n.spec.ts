import { ROLES } from '@icspa/domain';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import en from '@/locales/en.json';
import { navigationFor } from '@/components/layout/navigation';
import { matchLanguage, resources, SUPPORTED_LANGUAGES } from './i18n';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a locale file as `dotted.key → text`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

const srcDir = join(__dirname, '..');
const english = flatten(en as Tree);

/** Static keys: `t('a.b')`, `t("a.b")`, `t(`a.b`)` (no interpolation), `i18nKey="a.b"`. */
const KEY_PATTERNS = [
  /\bt\(\s*'([^'\\]+)'/g,
  /\bt\(\s*"([^"\\]+)"/g,
  /\bt\(\s*`([^`$\\]+)`/g,
  /i18nKey=["']([^"']+)["']/g,
];
/** Dynamic keys: `t(`roles.${…}`)` — their prefix must exist as a section. */
const DYNAMIC_PATTERN = /\bt\(\s*`([^`$]*)\$\{/g;

describe('i18n', () => {
  const files = sourceFiles(srcDir);

  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has every key used in the source in en.json', () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of KEY_PATTERNS) {
        for (const match of text.matchAll(pattern)) {
          used += 1;
          if (!english.has(match[1])) missing.push(`${relative(srcDir, file)}: ${match[1]}`);
        }
      }
    }
    expect(used).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('has a section for every dynamic key prefix', () => {
    const sections = new Set(
      [...english.keys()].flatMap((k) =>
        k
          .split('.')
          .slice(0, -1)
          .map((_, i, parts) => parts.slice(0, i + 1).join('.') + '.'),
      ),
    );
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(DYNAMIC_PATTERN)) {
        if (!sections.has(match[1])) missing.push(`${relative(srcDir, file)}: ${match[1]}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every role, and introduces each on the home page', () => {
    for (const role of ROLES) {
      expect(english.get(`roles.${role}`)).toBeTruthy();
      expect(english.get(`home.intro.${role}`)).toBeTruthy();
    }
  });

  it('labels every navigation item, with a home tile', () => {
    for (const role of ROLES) {
      for (const item of navigationFor(role)) {
        expect(english.get(`nav.${item.key}`)).toBeTruthy();
        expect(english.get(`home.tiles.${item.key}`)).toBeTruthy();
      }
    }
  });

  it('has no empty strings in en.json', () => {
    const empty = [...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
    expect(english.size).toBeGreaterThan(50);
  });

  it('gives every supported language every English key, and no others', () => {
    for (const { code } of SUPPORTED_LANGUAGES) {
      // Other languages load on demand: read their files as the build ships them.
      const translation = flatten(
        code === 'en'
          ? (resources.en.translation as Tree)
          : (JSON.parse(readFileSync(join(srcDir, 'locales', `${code}.json`), 'utf8')) as Tree),
      );
      expect([...translation.keys()].sort()).toEqual([...english.keys()].sort());
      // Placeholders must survive translation.
      for (const [key, text] of english) {
        const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
        expect({ key, placeholders: placeholders(translation.get(key) ?? '') }).toEqual({
          key,
          placeholders: placeholders(text),
        });
      }
    }
  });

  it('names every topic tag the API seeds (course topics, trainer skills) in every language', () => {
    // The seeds are the API's; read as text, since the portal does not import the API.
    const seeds = join(srcDir, '..', '..', 'api', 'src', 'database', 'seeds');
    const texts = [
      join(seeds, 'data', 'catalogue.ts'),
      join(seeds, 'data', 'trainers.ts'),
      join(seeds, 'learning.seed.ts'),
    ].map((file) => readFileSync(file, 'utf8'));
    const tags = new Set<string>();
    for (const text of texts)
      for (const list of text.matchAll(/\b(?:topics|skills|TOPICS)\s*(?::|=)\s*\[([^\]]*)\]/g))
        for (const tag of list[1].matchAll(/'([a-z0-9-]+)'/g)) tags.add(tag[1]);
    expect(tags.size).toBeGreaterThanOrEqual(12);
    for (const { code } of SUPPORTED_LANGUAGES) {
      const translation = flatten(JSON.parse(readFileSync(join(srcDir, 'locales', `${code}.json`), 'utf8')) as Tree);
      const missing = [...tags].filter((tag) => !translation.get(`topic.${tag}`)?.trim());
      expect({ code, missing }).toEqual({ code, missing: [] });
    }
  });

  it('has a locale file for each supported language and lists English', () => {
    const files = readdirSync(join(srcDir, 'locales')).filter((f) => f.endsWith('.json')); // verifier/ apart
    expect(files.sort()).toEqual(SUPPORTED_LANGUAGES.map((l) => `${l.code}.json`).sort());
    expect(SUPPORTED_LANGUAGES.map((l) => l.code)).toContain('en');
  });

  it('translates rather than copies: few values may equal the English', () => {
    for (const { code } of SUPPORTED_LANGUAGES.filter((l) => l.code !== 'en')) {
      const translation = flatten(JSON.parse(readFileSync(join(srcDir, 'locales', `${code}.json`), 'utf8')) as Tree);
      const same = [...english]
        .filter(([key, text]) => translation.get(key) === text && /[a-z]{4,}/.test(text))
        .map(([key]) => key);
      expect({ code, copied: same.length < english.size * 0.05 }).toEqual({ code, copied: true });
    }
  });

  // The offline verifier's namespace (`tv(…)`, features/certifications/lib/verifier-i18n.ts): loaded with its page.
  it('has every key of the verifier namespace in every language, with its placeholders, translated', () => {
    const read = (code: string) =>
      flatten(JSON.parse(readFileSync(join(srcDir, 'locales', 'verifier', `${code}.json`), 'utf8')) as Tree);
    const verifierEnglish = read('en');
    const missing: string[] = [];
    const prefixes = new Set([...verifierEnglish.keys()].map((k) => k.replace(/[^.]+$/, '')));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\btv\(\s*'([^'\\]+)'/g))
        if (!verifierEnglish.has(match[1])) missing.push(`${relative(srcDir, file)}: ${match[1]}`);
      for (const match of text.matchAll(/\btv\(\s*`([^`$]*)\$\{/g))
        if (!prefixes.has(match[1])) missing.push(`${relative(srcDir, file)}: ${match[1]}…`);
    }
    expect(missing).toEqual([]);
    expect(verifierEnglish.size).toBeGreaterThan(20);
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const { code } of SUPPORTED_LANGUAGES) {
      const translation = read(code);
      expect([...translation.keys()].sort()).toEqual([...verifierEnglish.keys()].sort());
      for (const [key, text] of verifierEnglish) {
        expect({ key, placeholders: placeholders(translation.get(key) ?? '') }).toEqual({
          key,
          placeholders: placeholders(text),
        });
        if (code !== 'en')
          expect({ code, key, copied: translation.get(key) === text }).toEqual({ code, key, copied: false });
      }
    }
  });

  it('matches BCP 47 tags to a supported language', () => {
    expect(matchLanguage('pt')).toBe('pt-BR');
    expect(matchLanguage('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLanguage('uk-UA')).toBe('uk');
    expect(matchLanguage('en')).toBe('en');
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage('EN-us')).toBe('en');
    expect(matchLanguage('xx-YY')).toBeUndefined();
    expect(matchLanguage(undefined)).toBeUndefined();
  });
});
