import { shortList } from './short-list';

describe('shortList', () => {
  it('keeps the first items and counts the rest', () => {
    expect(shortList(['UA', 'RO', 'MD', 'BR'], 2)).toEqual({ shown: ['UA', 'RO'], more: 2 });
    expect(shortList(['UA'], 3)).toEqual({ shown: ['UA'], more: 0 });
    expect(shortList([], 3)).toEqual({ shown: [], more: 0 });
  });
});
