import { courseFacets, withCurrent } from './facets';

describe('catalogue facets', () => {
  it('collects the topics and languages of the courses, once each, sorted', () => {
    expect(
      courseFacets([
        { topics: ['osint', 'e-evidence'], languages: ['en', 'uk'] },
        { topics: ['e-evidence'], languages: ['pt-BR', 'en'] },
      ]),
    ).toEqual({ topics: ['e-evidence', 'osint'], languages: ['en', 'pt-BR', 'uk'] });
    expect(courseFacets([])).toEqual({ topics: [], languages: [] });
  });

  it('keeps a chosen value that is not among the choices', () => {
    expect(withCurrent(['a'], 'b')).toEqual(['a', 'b']);
    expect(withCurrent(['a'], 'a')).toEqual(['a']);
    expect(withCurrent(['a'], undefined)).toEqual(['a']);
  });
});
