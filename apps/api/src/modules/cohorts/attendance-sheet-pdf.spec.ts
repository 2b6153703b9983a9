import { pdfText } from '../../../test/pdf-text';
import { renderAttendanceSheetPdf } from './attendance-sheet-pdf';
import type { AttendanceSheetDto } from './dtos/training-session.dto';

const NAMES = ['Олена Коваленко', '吴伟', 'Ayşe Kılıç', 'João Araújo'];

const SHEET = {
  session: {
    courseTitle: 'Криптовалюти: відстеження активів',
    position: 1,
    timeZone: 'Europe/Kyiv',
    venueName: 'Кіберполіція, Київ',
    venueAddress: null,
    onlineUrl: null,
    venueTime: { startsAt: '2031-03-03T09:00', endsAt: '2031-03-03T17:00' },
  },
  entries: NAMES.map((officerName, i) => ({
    enrolmentId: `e-${i}`,
    officerId: `o-${i}`,
    officerName,
    status: i === 0 ? 'present' : null,
  })),
} as unknown as AttendanceSheetDto;

describe('attendance sheet PDF', () => {
  it('prints Cyrillic, Chinese, Turkish and Portuguese names and titles as written, in embedded subset fonts', async () => {
    const { lines, fonts } = await pdfText(await renderAttendanceSheetPdf(SHEET));
    const text = lines.join('\n');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('Криптовалюти: відстеження активів');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+/);
    expect(fonts.some((f) => /Helvetica/.test(f))).toBe(false);
  });
});

describe('attendance sheet PDF, exported', () => {
  it('carries who printed it and when at the foot of every page, in the fonts of the name', async () => {
    const stamp = 'Exported by Олена Коваль (coordinator, Кіберполіція Київ) on 2031-03-03 07:00:00 UTC';
    const many = {
      ...SHEET,
      entries: Array.from({ length: 70 }, (_, i) => ({
        ...SHEET.entries[0],
        officerId: `o-${i}`,
        officerName: `N ${i}`,
      })),
    } as AttendanceSheetDto;
    const { lines, pages } = await pdfText(await renderAttendanceSheetPdf(many, stamp));
    expect(pages).toBeGreaterThan(1);
    expect(lines.filter((l) => l === stamp)).toHaveLength(pages);
  });
});
