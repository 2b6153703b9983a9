import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18n from 'i18next';
import { ERROR_CODES } from '@icspa/domain';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { setLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { errorText, STATUS_SECTIONS } from './error-text';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, path: string): string | Tree | undefined {
  return path
    .split('.')
    .reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);
}

describe('error codes in the portal', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('has a text for every code of the catalogue in every language, using only the code’s parameters', () => {
    const problems: string[] = [];
    for (const { code: language } of SUPPORTED_LANGUAGES) {
      const locale = JSON.parse(
        readFileSync(join(__dirname, '..', '..', 'locales', `${language}.json`), 'utf8'),
      ) as Tree;
      for (const [code, params] of Object.entries(ERROR_CODES)) {
        const text = lookup(locale, `errors.${code}`);
        if (typeof text !== 'string' || !text.trim()) {
          problems.push(`${language}: errors.${code} missing`);
          continue;
        }
        const allowed = new Set<string>([...params, 'field']);
        for (const [, name] of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g))
          if (!allowed.has(name)) problems.push(`${language}: errors.${code} uses {{${name}}}`);
      }
    }
    expect(Object.keys(ERROR_CODES).length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('translates by code, with the parameters and the form’s label for the field', async () => {
    const tooBig = new ApiError(400, 'capacity: must not be greater than 100', 'Bad Request', {
      code: 'validation.max',
      field: 'capacity',
      params: { max: 100 },
    });
    expect(errorText(tooBig, i18n.t)).toBe('capacity: must be at most 100.');
    expect(errorText(tooBig, i18n.t, { capacity: 'Places' })).toBe('Places: must be at most 100.');
    await setLanguage('uk');
    expect(errorText(tooBig, i18n.t, { capacity: 'Кількість місць' })).toBe(
      'Кількість місць: має бути не більше ніж 100.',
    );
  });

  it('names statuses in the reader’s language and says each of several problems', async () => {
    await setLanguage('es');
    const reopen = new ApiError(409, 'status: a cancelled cohort cannot become open', 'Conflict', {
      code: 'cohort.invalid_transition',
      field: 'status',
      params: { status: 'cancelled', to: 'open' },
    });
    expect(errorText(reopen, i18n.t)).toBe(
      'Una cohorte en estado «Cancelada» no puede pasar a «Abierta a inscripción».',
    );
    const several = new ApiError(400, 'title: x; hours: y', 'Bad Request', {
      code: 'validation.isString',
      field: 'title',
      errors: [
        { code: 'validation.isString', field: 'title', message: 'title: must be a string' },
        { code: 'validation.min', field: 'hours', params: { min: 1 }, message: 'hours: must not be less than 1' },
      ],
    });
    expect(errorText(several, i18n.t)).toBe('title: debe ser un texto. hours: debe ser como mínimo 1.');
  });

  it('names the status of an enrolment that cannot switch runs, and dates the start that closed a cohort', async () => {
    await setLanguage('ru');
    const cannotSwitch = new ApiError(409, 'status: a completed enrolment cannot be moved to another run', 'Conflict', {
      code: 'enrolment.cannot_switch',
      field: 'status',
      params: { status: 'completed' },
    });
    expect(errorText(cannotSwitch, i18n.t)).toBe('Эту запись нельзя перевести в другую группу (статус: Курс пройден).');
    const startsAt = '2026-03-02T09:00:00.000Z';
    const closed = new ApiError(
      409,
      `cohortId: enrolment in cohort x closed when it started (${startsAt})`,
      'Conflict',
      {
        code: 'cohort.enrolment_closed',
        field: 'cohortId',
        params: { startsAt },
      },
    );
    expect(errorText(closed, i18n.t)).toBe(
      `Запись в эту группу закрылась с началом обучения (${formatDateTime(startsAt, 'ru')}).`,
    );
  });

  it('knows, for every code with a status parameter, which list of statuses names it in the reader’s language', () => {
    const en = JSON.parse(readFileSync(join(__dirname, '../../locales/en.json'), 'utf8')) as Tree;
    const withStatus = Object.entries(ERROR_CODES)
      .filter(([, params]) => (params as readonly string[]).some((p) => p === 'status' || p === 'to'))
      .map(([code]) => code);
    for (const code of withStatus) {
      expect([code, STATUS_SECTIONS[code]]).toEqual([code, expect.any(String)]);
      expect([code, typeof lookup(en, STATUS_SECTIONS[code])]).toEqual([code, 'object']);
    }
  });

  it('falls back to the API’s text for a code it does not know, and for answers without a code', () => {
    const newer = new ApiError(409, 'slot: taken by another booking', 'Conflict', { code: 'booking.slot_taken' });
    expect(errorText(newer, i18n.t)).toBe('slot: taken by another booking');
    expect(errorText(new ApiError(400, 'title: must not be empty'), i18n.t)).toBe('title: must not be empty');
    expect(errorText(new ApiError(0, ''), i18n.t)).toBe(i18n.t('errors.network'));
  });
});
