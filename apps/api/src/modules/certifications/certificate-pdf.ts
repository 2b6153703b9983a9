import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AuthUser } from '../../core/auth/auth-user';
import { CertificationsService } from './certifications.service';
import { CertificationResponseDto } from './dtos/certification.dto';

/** A printable certificate with a QR code of the public verification page. */
@Injectable()
export class CertificatePdf {
  constructor(private readonly certifications: CertificationsService) {}

  /** The certification as its holder or an admin may see it (404 otherwise), as PDF. */
  async forUser(user: AuthUser, id: string): Promise<Buffer> {
    return this.render(await this.certifications.get(user, id));
  }

  async render(c: CertificationResponseDto): Promise<Buffer> {
    const qr = await QRCode.toBuffer(c.verificationUrl, { margin: 1, width: 220 });
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      info: { Title: `${c.programmeName} — ${c.holderName}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const day = (iso: string) => iso.slice(0, 10);
    doc
      .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
      .lineWidth(2)
      .stroke('#1d4e89');
    doc.fillColor('#1d4e89').fontSize(14).text('International Cyber Security Protection Alliance', { align: 'center' });
    doc.moveDown(1.2).fillColor('#111').fontSize(30).text('Certificate', { align: 'center' });
    doc.moveDown(0.8).fontSize(13).text('This certifies that', { align: 'center' });
    doc.moveDown(0.4).fontSize(24).text(c.holderName, { align: 'center' });
    doc.moveDown(0.4).fontSize(13).text('holds the certification', { align: 'center' });
    doc.moveDown(0.4).fontSize(20).text(c.programmeName, { align: 'center' });
    doc
      .moveDown(1)
      .fontSize(12)
      .text(
        `Valid from ${day(c.validFrom)} until ${day(c.expiresAt)}  ·  issued ${day(c.issuedAt)}  ·  status: ${c.status}`,
        { align: 'center' },
      );
    doc.image(qr, doc.page.width - 56 - 130, doc.page.height - 56 - 150, { width: 120 });
    doc
      .fontSize(9)
      .fillColor('#333')
      .text(`Verify: ${c.verificationUrl}`, 56, doc.page.height - 56 - 24, { width: doc.page.width - 260 });
    doc.text(`Code: ${c.publicCode}`, 56, doc.page.height - 56 - 12);
    doc.end();
    return done;
  }
}
