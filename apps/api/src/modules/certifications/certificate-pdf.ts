import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { pdfFonts, fontRuns, LoadedFont, usePdfFonts } from '../../core/pdf/pdf-fonts';
import { CERTIFICATE_PHRASES, ENGLISH, phrasesFor } from './certificate-phrases';
import { TranslationsService } from '../translations/translations.service';
import { holderLocale } from './certifications.queries';
import { CertificationsService } from './certifications.service';
import { CompactCredentials } from './compact-credential';
import { CertificationResponseDto } from './dtos/certification.dto';
import { programmeLanguages, ProgrammeText } from './programme-languages';
import { AccessLogService } from '../privacy/access-log.service';

/** The holder's language and the programme's text in it (null: no published translation). */
export interface CertificateLanguage {
  locale: string | null;
  programme: ProgrammeText | null;
}

export const ENGLISH_ONLY: CertificateLanguage = { locale: null, programme: null };

const BLUE = '#1d4e89';
const INK = '#111';
const GREY = '#555';

/**
 * A printable certificate with a QR code of the public verification page, in the holder's language beside
 * English (two-line titles: the holder's language first, English below and smaller). A tagged PDF: each line
 * is a structure element with its language and its text as `ActualText`, so screen readers and text
 * extraction read Devanagari or Thai syllables in logical order whatever order the shaped glyphs are in.
 */
@Injectable()
export class CertificatePdf {
  constructor(
    private readonly certifications: CertificationsService,
    private readonly translations: TranslationsService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly compact: CompactCredentials,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The certification as its holder or an admin may see it (404 otherwise), as PDF. */
  async forUser(user: AuthUser, id: string): Promise<Buffer> {
    const row = await this.certifications.row(user, id);
    const c = this.certifications.present(row);
    await this.accessLog.record(null, user, [c.holderId], 'certificate', { type: 'certification', id });
    const locale = await holderLocale(this.db.manager, c.holderId);
    const languages = await programmeLanguages(this.translations, this.db.manager, c.programmeId, locale);
    const programme = languages && languages.text.locale !== languages.sourceLocale ? languages.text : null;
    return this.render(c, { locale, programme }, await this.compact.forCredential(row.credential));
  }

  /** `offline`: the compact signed credential (compact-credential.ts) for the second QR code; none without it. */
  async render(
    c: CertificationResponseDto,
    language: CertificateLanguage = ENGLISH_ONLY,
    offline: string | null = null,
  ): Promise<Buffer> {
    const [fonts, qr, offlineQr] = await Promise.all([
      pdfFonts(),
      QRCode.toBuffer(c.verificationUrl, { margin: 1, width: 220 }),
      // Alphanumeric mode (base45 is QR's alphanumeric alphabet); medium error correction survives a fold.
      offline ? QRCode.toBuffer(offline, { margin: 1, width: 440, errorCorrectionLevel: 'M' }) : null,
    ]);
    const en = CERTIFICATE_PHRASES[ENGLISH];
    const own = phrasesFor(language.locale);
    const ownLang = language.locale ?? ENGLISH;
    const ownName = language.programme && language.programme.locale !== ENGLISH ? language.programme.name : null;
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      tagged: true,
      lang: 'en',
      pdfVersion: '1.7',
      displayTitle: true,
      info: { Title: `${ownName ?? c.programmeName} — ${c.holderName}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    usePdfFonts(doc, fonts);
    const write = new LineWriter(doc, fonts);
    const day = (iso: string) => iso.slice(0, 10);

    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
      .lineWidth(2)
      .stroke(BLUE);
    doc.endMarkedContent();

    let y = 60;
    y = write.line('International Cyber Security Protection Alliance', { y, size: 14, color: BLUE, lang: 'en' }) + 10;
    /** A title in the holder's language with English below it, or English alone. */
    const pair = (ownText: string | null, english: string, size: number, after: number) => {
      if (ownText) {
        y = write.line(ownText, { y, size, color: INK, lang: ownLang });
        y = write.line(english, { y, size: Math.max(10, Math.round(size * 0.6)), color: GREY, lang: 'en' });
      } else y = write.line(english, { y, size, color: INK, lang: 'en' });
      y += after;
    };
    pair(own?.title ?? null, en.title, 30, 8);
    pair(own?.certifiesThat ?? null, en.certifiesThat, 13, 4);
    y = write.line(c.holderName, { y, size: 24, color: INK, lang: null }) + 4;
    pair(own?.holdsCertification ?? null, en.holdsCertification, 13, 4);
    pair(ownName, c.programmeName, 20, 10);
    // No status: the paper outlives it. Where to find out is printed instead (and the QR codes below).
    const validity = (p: typeof en) =>
      `${p.validity(day(c.validFrom), day(c.expiresAt))}  ·  ${p.issued(day(c.issuedAt))}`;
    pair(own ? validity(own) : null, validity(en), 12, 8);
    pair(own ? own.verifyAt(c.verificationUrl) : null, en.verifyAt(c.verificationUrl), 12, 0);

    const size = 120;
    const top = doc.page.height - 56 - 150;
    const caption = (p: 'qrOnline' | 'qrOffline') => (own ? `${own[p]} · ${en[p]}` : en[p]);
    const code = (image: Buffer, left: number, alt: string, text: string) => {
      doc.addStructure(doc.struct('Figure', { alt }, () => doc.image(image, left, top, { width: size })));
      write.line(text, { y: top + size + 2, size: 7, color: '#333', lang: own ? ownLang : 'en', left, width: size });
    };
    const right = doc.page.width - 56 - 10;
    if (offlineQr) {
      code(
        offlineQr,
        right - size,
        'QR code of the signed credential, for verification without a network',
        caption('qrOffline'),
      );
      code(qr, right - 2 * size - 16, `QR code of the verification page ${c.verificationUrl}`, caption('qrOnline'));
    } else code(qr, right - size, `QR code of the verification page ${c.verificationUrl}`, caption('qrOnline'));
    const textWidth = doc.page.width - 56 - 56 - 2 * size - 40;
    write.line(`Code: ${c.publicCode}`, {
      y: doc.page.height - 56 - 6,
      size: 9,
      color: '#333',
      lang: 'en',
      left: 56,
      width: textWidth,
    });
    doc.end();
    return done;
  }
}

interface LineOptions {
  y: number;
  size: number;
  color: string;
  /** BCP 47 language of the line; null: a name, no language. */
  lang: string | null;
  /** Left-aligned at this x; centred on the page when absent. */
  left?: number;
  width?: number;
}

/** Writes one line of text, each run in the font that covers it, shrunk to fit the width; returns the next y. */
class LineWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: LoadedFont[],
  ) {}

  line(text: string, o: LineOptions): number {
    const doc = this.doc;
    const maxWidth = o.width ?? doc.page.width - 2 * 72;
    const runs = fontRuns(this.fonts, text);
    const measure = (size: number) =>
      runs.map((r) => doc.font(r.font).fontSize(size).widthOfString(r.text, { lineBreak: false }));
    let size = o.size;
    let widths = measure(size);
    const total = widths.reduce((a, b) => a + b, 0);
    if (total > maxWidth) {
      size = Math.max(6, Math.floor(((size * maxWidth) / total) * 10) / 10);
      widths = measure(size);
    }
    const width = widths.reduce((a, b) => a + b, 0);
    let x = o.left ?? (doc.page.width - width) / 2;
    const options = { ...(o.lang ? { lang: o.lang } : {}), actual: text };
    doc.addStructure(
      doc.struct('P', options, () => {
        // ActualText twice: on the structure element for structure-aware readers, on a span in the content
        // stream for extractors that read only the page (poppler's pdftotext, copy-paste).
        doc.markContent('Span', { actual: text });
        runs.forEach((r, i) => {
          doc.font(r.font).fontSize(size).fillColor(o.color).text(r.text, x, o.y, { lineBreak: false });
          x += widths[i];
        });
        doc.endMarkedContent();
      }),
    );
    return o.y + size * 1.35;
  }
}
