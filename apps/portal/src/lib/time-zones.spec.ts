import { formatTimeIn, sameWallClock, zonePlace } from './time-zones';

describe('time zones', () => {
  // Kyiv moves to summer time on 30 March 2031; São Paulo keeps UTC−3.
  it('reads 09:00 in Kyiv on both sides of the daylight-saving change, and the viewer’s time beside it', () => {
    expect(formatTimeIn('2031-03-28T07:00:00Z', 'Europe/Kyiv', 'pt-BR')).toBe('09:00');
    expect(formatTimeIn('2031-03-31T06:00:00Z', 'Europe/Kyiv', 'pt-BR')).toBe('09:00');
    expect(formatTimeIn('2031-03-28T07:00:00Z', 'America/Sao_Paulo', 'pt-BR')).toBe('04:00');
    expect(formatTimeIn('2031-03-31T06:00:00Z', 'America/Sao_Paulo', 'pt-BR')).toBe('03:00');
  });

  it('names the place of a zone and knows when two zones agree', () => {
    expect(zonePlace('Europe/Kyiv')).toBe('Kyiv');
    expect(zonePlace('America/Sao_Paulo')).toBe('Sao Paulo');
    expect(sameWallClock('2031-03-28T07:00:00Z', 'Europe/Kyiv', 'Europe/Kyiv')).toBe(true);
    expect(sameWallClock('2031-03-28T07:00:00Z', 'Europe/Kyiv', 'Europe/Bucharest')).toBe(true);
    expect(sameWallClock('2031-03-28T07:00:00Z', 'Europe/Kyiv', 'UTC')).toBe(false);
  });
});
