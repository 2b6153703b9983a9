import { uptakeExportHref } from './export-uptake';

describe('uptakeExportHref', () => {
  it('carries the table and the same filters as the screen, leaving out empty ones', () => {
    expect(
      uptakeExportHref('areas', {
        level: 'country',
        region: 'europe',
        from: '2025-04',
        to: '2026-03',
        topic: '',
        courseId: undefined,
      }),
    ).toBe('/api/reporting/uptake/export?table=areas&level=country&region=europe&from=2025-04&to=2026-03');
    expect(uptakeExportHref('my-unit')).toBe('/api/reporting/uptake/export?table=my-unit');
  });

  it('escapes values', () => {
    expect(uptakeExportHref('series', { topic: 'a&b=c' })).toBe(
      '/api/reporting/uptake/export?table=series&topic=a%26b%3Dc',
    );
  });
});
