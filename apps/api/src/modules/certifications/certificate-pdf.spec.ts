import { pdfText } from '../../../test/pdf-text';
import { pdfFonts, fontRuns, sharesParsedFonts } from '../../core/pdf/pdf-fonts';
import { CertificateLanguage, CertificatePdf } from './certificate-pdf';
import { CertificationResponseDto } from './dtos/certification.dto';

const pdf = new CertificatePdf(null as never, null as never, null as never, null as never, null as never);

function certification(holderName: string, programmeName = 'Certified Digital Evidence Examiner') {
  return {
    id: '7f1b2c3d-0000-4000-8000-000000000001',
    programmeId: '7f1b2c3d-0000-4000-8000-000000000002',
    programmeName,
    holderId: '7f1b2c3d-0000-4000-8000-000000000003',
    holderName,
    issuedAt: '2026-03-01T09:00:00.000Z',
    validFrom: '2026-03-01T09:00:00.000Z',
    expiresAt: '2028-03-01T09:00:00.000Z',
    status: 'active',
    revokedReason: null,
    publicCode: 'AbCdEfGhIjKlMnOpQrStUv',
    verificationUrl: 'https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv',
    previousId: null,
    revokedAt: null,
    revocationCategory: null,
    canRecertify: false,
    recertificationOpensAt: '2027-12-01T09:00:00.000Z',
  } satisfies CertificationResponseDto;
}

async function render(holderName: string, language?: CertificateLanguage) {
  const bytes = await pdf.render(certification(holderName), language);
  const text = await pdfText(bytes);
  // pdfjs gives runs of spaces back as one
  return { bytes, ...text, lines: text.lines.map((l) => l.replace(/\s+/g, ' ').trim()) };
}

/** Letters in a canonical order: Devanagari glyphs come out in visual order (a vowel sign before its consonant). */
const sorted = (s: string) => [...s.normalize('NFC')].sort().join('');

describe('certificate PDF: every script of the UI languages and hotspot countries', () => {
  it.each([
    ['Cyrillic', 'Олена Коваленко', 'NotoSans'],
    ['Simplified Chinese', '吴伟', 'NotoSansHans'],
    ['Turkish Latin', 'Ayşe Kılıç', 'NotoSans'],
    ['Portuguese Latin', 'João Araújo', 'NotoSans'],
    ['Thai', 'สมชาย ใจดี', 'NotoSansThai'],
  ])('prints a %s name that text extraction gives back exactly, in an embedded subset font', async (_, name, font) => {
    const r = await render(name);
    expect(r.lines).toContain(name);
    expect(r.actual).toContain(name);
    expect(r.fonts).toContainEqual(expect.stringMatching(new RegExp(`^[A-Z]{6}\\+${font}-Regular$`)));
    for (const f of r.fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSans/); // subsets only; no standard (Helvetica) font
    expect(r.bytes.length).toBeLessThan(200_000);
  });

  it('prints a Devanagari name shaped (its glyphs in visual order) and reads back in logical order through ActualText', async () => {
    const name = 'अनीता शर्मा';
    const r = await render(name);
    expect(r.actual).toContain(name);
    const glyphLine = r.lines.find((l) => sorted(l) === sorted(name));
    expect(glyphLine).toBeDefined(); // every character is there, as glyphs of the Devanagari font
    expect(r.fonts).toContainEqual(expect.stringMatching(/^[A-Z]{6}\+NotoSansDevanagari-Regular$/));
  });

  it('keeps a whole certificate with a Chinese name and Chinese titles under 1 MB (the 8 MB Han font is subset)', async () => {
    const r = await render('吴伟', {
      locale: 'zh-CN',
      programme: { locale: 'zh-CN', name: '认证数字证据审查员', description: '' },
    });
    expect(r.bytes.length).toBeLessThan(1_000_000);
    expect(r.lines).toEqual(expect.arrayContaining(['证书', '兹证明', '认证数字证据审查员']));
  });

  it('renders a line that mixes scripts with the font each character needs', async () => {
    const name = 'Олена 吴伟 Kılıç สมชาย';
    const r = await render(name);
    expect(r.lines).toContain(name);
    expect(fontRuns(await pdfFonts(), name)).toEqual([
      { font: 'NotoSans', text: 'Олена ' },
      { font: 'NotoSansHans', text: '吴伟 ' },
      { font: 'NotoSans', text: 'Kılıç ' },
      { font: 'NotoSansThai', text: 'สมชาย' },
    ]);
  });

  it('keeps combining marks and punctuation with the letters they follow', async () => {
    const fonts = await pdfFonts();
    expect(fontRuns(fonts, 'शर्मा, 有效期：2028')).toEqual([
      { font: 'NotoSansDevanagari', text: 'शर्मा, ' },
      { font: 'NotoSansHans', text: '有效期：2028' },
    ]);
    expect(fontRuns(fonts, 'ใจดี')).toEqual([{ font: 'NotoSansThai', text: 'ใจดี' }]);
  });

  it('reads and parses the font files once per process, and every document embeds from those parsed fonts', async () => {
    expect(pdfFonts()).toBe(pdfFonts());
    const [a, b] = await Promise.all([pdfFonts(), pdfFonts()]);
    expect(a[0].font).toBe(b[0].font);
    expect(sharesParsedFonts()).toBe(true); // pdfkit's internals are where this relies on them
    // Documents made one after another from the shared fonts each carry their own complete subset.
    for (const name of ['吴伟', '吴伟', 'Олена Коваленко']) expect((await render(name)).lines).toContain(name);
  });
});

describe("certificate PDF: the holder's language beside English", () => {
  const ukrainian: CertificateLanguage = {
    locale: 'uk',
    programme: { locale: 'uk', name: 'Сертифікований експерт з цифрових доказів', description: 'опис' },
  };

  it('prints each title in the holder language first and in English below it', async () => {
    const r = await render('Олена Коваленко', ukrainian);
    const at = (line: string) => {
      const i = r.lines.indexOf(line);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('Certificate')).toBe(at('Сертифікат') + 1);
    expect(at('This certifies that')).toBe(at('Цим засвідчується, що') + 1);
    expect(at('holds the certification')).toBe(at('успішно пройшов(-ла) сертифікацію за програмою') + 1);
    expect(at('Certified Digital Evidence Examiner')).toBe(at('Сертифікований експерт з цифрових доказів') + 1);
    expect(at('Valid from 2026-03-01 until 2028-03-01 · issued 2026-03-01')).toBe(
      at('Чинний з 2026-03-01 до 2028-03-01 · виданий 2026-03-01') + 1,
    );
    expect(at('Verify at https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv')).toBe(
      at('Перевірити справжність: https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv') + 1,
    );
    expect(r.lines.indexOf('Олена Коваленко')).toBeGreaterThan(at('This certifies that'));
  });

  it('prints English alone for an English-speaking holder or one who chose no language', async () => {
    for (const language of [undefined, { locale: 'en', programme: null }, { locale: null, programme: null }]) {
      const r = await render('João Araújo', language);
      expect(r.lines.slice(0, 8)).toEqual([
        'International Cyber Security Protection Alliance',
        'Certificate',
        'This certifies that',
        'João Araújo',
        'holds the certification',
        'Certified Digital Evidence Examiner',
        'Valid from 2026-03-01 until 2028-03-01 · issued 2026-03-01',
        'Verify at https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv',
      ]);
    }
  });

  it('prints the programme in English alone when it has no published translation, the phrases still in both', async () => {
    const r = await render('Ayşe Kılıç', { locale: 'es', programme: null });
    expect(r.lines).toEqual(expect.arrayContaining(['Certificado', 'Certificate', 'Se certifica que']));
    const i = r.lines.indexOf('Certified Digital Evidence Examiner');
    expect(r.lines[i - 1]).toBe('holds the certification');
  });

  it('prints where to verify instead of a status, which would be frozen on paper (revoked and expired too)', async () => {
    const cases = [
      ['active', undefined],
      ['revoked', { locale: 'zh-CN', programme: null }],
      ['expired', { locale: 'ru', programme: null }],
    ] as const;
    for (const [status, language] of cases) {
      const { lines } = await pdfText(await pdf.render({ ...certification('吴伟'), status }, language));
      expect(lines.join('\n')).not.toMatch(
        /status|estado|situação|статус|状态|active|revoked|expired|有效(?!期)|撤销|отозван/i,
      );
      expect(lines).toContain('Verify at https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv');
      if (language?.locale === 'zh-CN')
        expect(lines).toContain('验证网址：https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv');
      if (language?.locale === 'ru')
        expect(lines).toContain('Проверить подлинность: https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv');
    }
  });

  it('prints English alone for a locale an admin added that has no certificate phrases, with its programme name', async () => {
    const r = await render('अनीता शर्मा', {
      locale: 'hi',
      programme: { locale: 'hi', name: 'प्रमाणित डिजिटल साक्ष्य परीक्षक', description: '' },
    });
    expect(r.lines).toContain('Certificate');
    expect(r.actual).toEqual(
      expect.arrayContaining(['प्रमाणित डिजिटल साक्ष्य परीक्षक', 'Certified Digital Evidence Examiner']),
    );
  });
});
