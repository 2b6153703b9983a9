import { certificationLines } from './history';

const c = (id: string, previousId: string | null = null) => ({ id, previousId });

describe('certificationLines', () => {
  it('shows the newest renewal of each line, with the ones it renewed as its history', () => {
    const items = [c('c3', 'c2'), c('x1'), c('c2', 'c1'), c('c1')];
    expect(certificationLines(items)).toEqual([
      { current: c('c3', 'c2'), earlier: [c('c2', 'c1'), c('c1')] },
      { current: c('x1'), earlier: [] },
    ]);
  });

  it('keeps every certification exactly once', () => {
    const items = [c('a2', 'a1'), c('b1'), c('a1'), c('b2', 'b1')];
    const shown = certificationLines(items).flatMap((line) => [line.current, ...line.earlier].map((x) => x.id));
    expect(shown.sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('ends a line where a renewed certification is not in the list', () => {
    expect(certificationLines([c('c2', 'gone')])).toEqual([{ current: c('c2', 'gone'), earlier: [] }]);
  });

  it('survives a loop instead of hanging or dropping items', () => {
    const lines = certificationLines([c('a', 'b'), c('b', 'a')]);
    expect(
      lines
        .flatMap((line) => [line.current, ...line.earlier])
        .map((x) => x.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('is empty for no certifications', () => {
    expect(certificationLines([])).toEqual([]);
  });
});
