import type { TFunction } from 'i18next';

/** Text that goes into a header (subject, display name): one line, no control characters, bounded. */
export function headerSafe(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
  const line = text.replace(controls, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface MailLink {
  label: string;
  url: string;
}

export interface MailContent {
  subject: string;
  /** Paragraphs of the message (already translated, not escaped). */
  paragraphs: string[];
  /** Links, the first one the main action. */
  links: MailLink[];
  /** A list (the digest's messages), each with an optional link. */
  items?: Array<{ text: string; url: string | null }>;
  /** Why the recipient gets it, and where to change that. */
  footer: string;
}

/** The text part and the simple HTML part of one e-mail, in the recipient's language. */
export function renderMail(
  t: TFunction,
  recipientName: string,
  content: MailContent,
): { subject: string; text: string; html: string } {
  const greeting = t('email.greeting', { name: headerSafe(recipientName, 120) });
  const text = [
    greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.items ?? []).map((item) => `- ${item.text}${item.url ? `\n  ${item.url}` : ''}`),
    ...(content.items?.length ? [''] : []),
    ...content.links.map((link) => `${link.label}: ${link.url}`),
    '',
    '-- ',
    t('email.signature'),
    content.footer,
  ].join('\n');
  const a = (link: MailLink, main: boolean) =>
    `<a href="${escapeHtml(link.url)}" style="${
      main
        ? 'display:inline-block;padding:10px 16px;background:#0b3d91;color:#ffffff;text-decoration:none;border-radius:4px'
        : 'color:#0b3d91'
    }">${escapeHtml(link.label)}</a>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(t('email.htmlLang'))}">
<head><meta charset="utf-8"><title>${escapeHtml(headerSafe(content.subject))}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5;max-width:600px;margin:0 auto;padding:16px">
<p>${escapeHtml(greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${
  content.items?.length
    ? `<ul>\n${content.items
        .map((item) => `<li>${item.url ? a({ label: item.text, url: item.url }, false) : escapeHtml(item.text)}</li>`)
        .join('\n')}\n</ul>`
    : ''
}
${content.links.length ? `<p>${content.links.map((link, i) => a(link, i === 0)).join(' &nbsp; ')}</p>` : ''}
<hr style="border:none;border-top:1px solid #dddddd">
<p style="font-size:12px;color:#555555">${escapeHtml(t('email.signature'))}<br>${escapeHtml(content.footer)}</p>
</body>
</html>
`;
  return { subject: headerSafe(content.subject), text, html };
}
