import { profileWidens } from './retry-unfilled';
import type { TrainerProfileValues } from './trainers.queries';

const PROFILE: TrainerProfileValues = {
  languages: ['uk', 'en'],
  skills: ['osint'],
  courseIds: ['c-1'],
  countryCodes: ['UA'],
  excludedCountryCodes: ['RU'],
  onlineOnly: true,
  loadLimitPerQuarter: 4,
};

describe('profileWidens (which profile changes re-try unfilled requests)', () => {
  it.each<[string, Partial<TrainerProfileValues>]>([
    ['a higher load limit', { loadLimitPerQuarter: 5 }],
    ['a language added', { languages: ['uk', 'en', 'es'] }],
    ['a course added', { courseIds: ['c-1', 'c-2'] }],
    ['a country added', { countryCodes: ['UA', 'MD'] }],
    ['an excluded country dropped', { excludedCountryCodes: [] }],
    ['in person as well as online', { onlineOnly: false }],
    ['one language swapped for another', { languages: ['uk', 'es'] }],
  ])('widens with %s', (_, change) => {
    expect(profileWidens(PROFILE, { ...PROFILE, ...change })).toBe(true);
  });

  it.each<[string, Partial<TrainerProfileValues>]>([
    ['nothing changed', {}],
    ['the same languages in another order', { languages: ['en', 'uk'] }],
    ['skills only', { skills: ['malware-analysis'] }],
    ['a lower load limit', { loadLimitPerQuarter: 3 }],
    ['a language dropped', { languages: ['uk'] }],
    ['a country excluded', { excludedCountryCodes: ['RU', 'BY'] }],
  ])('does not widen with %s', (_, change) => {
    expect(profileWidens(PROFILE, { ...PROFILE, ...change })).toBe(false);
  });
});
