import { translator, mailLanguage, findLocalesDir } from './mail-catalogue';
import { headerSafe, renderMail } from './mail-render';
import { localDateHour } from './mail.service';
import { recipientFormat } from '../notification-kinds';

describe('e-mail rendering', () => {
  it('keeps header values on one line without control characters, and bounded', () => {
    expect(headerSafe('Forensics\r\nBcc: spy@evil.test')).toBe('Forensics Bcc: spy@evil.test');
    expect(headerSafe('a\u2028b\u0000c\td')).toBe('a b c d');
    expect(headerSafe('x'.repeat(500))).toHaveLength(200);
  });

  it('escapes values in the HTML part and keeps them as they are in the text part', () => {
    const t = translator('en');
    const mail = renderMail(t, '<Eve & "Co">', {
      subject: 'About <b>',
      paragraphs: ['Course <script>alert(1)</script> & more'],
      links: [{ label: 'Open', url: 'https://academy.example/x?a=1&b="2"' }],
      footer: 'footer',
    });
    expect(mail.text).toContain('Hello <Eve & "Co">,');
    expect(mail.text).toContain('Course <script>alert(1)</script> & more');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Course &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(mail.html).toContain('href="https://academy.example/x?a=1&amp;b=&quot;2&quot;"');
  });

  it('reads a context as the portal does: key_<context> where the catalogue has one, else the key', () => {
    const values = { count: 2, countries: 'UA 2', failed: 1 };
    const key = 'notifications.kinds.privacyRetentionApplied';
    expect(translator('en')(key, { ...values, context: 'failures' })).toBe(
      'Retention applied: the personal data of 2 officers was erased; for 1 it could not be erased. See the audit log.',
    );
    expect(translator('uk')(key, { ...values, context: 'failures' })).toContain('не вдалося видалити — 1');
    expect(translator('en')(key, { ...values, context: '' })).toBe(
      'Retention applied: the personal data of 2 officers was erased (UA 2).',
    );
    // No such context in the catalogue: the key itself.
    expect(translator('en')('email.subjects.privacyRetentionApplied', { context: 'failures' })).toBe(
      translator('en')('email.subjects.privacyRetentionApplied'),
    );
  });

  it('reads the portal catalogue and picks the closest language', () => {
    expect(findLocalesDir()).toMatch(/locales$/);
    expect(mailLanguage('pt')).toBe('pt-BR');
    expect(mailLanguage('zh-Hans-CN')).toBe('zh-CN');
    expect(mailLanguage('fr')).toBe('en');
    expect(mailLanguage(null)).toBe('en');
    expect(translator('uk')('email.actions.open')).toBe('Відкрити на порталі');
  });

  it('says dates and day counts with the recipient’s plural rules and zone', () => {
    expect(recipientFormat('ru', 'UTC').relativeDays(7)).toBe('через 7 дней');
    expect(recipientFormat('ru', 'UTC').relativeDays(1)).toBe('завтра');
    expect(recipientFormat('uk', 'UTC').relativeDays(2)).toBe('післязавтра');
    expect(recipientFormat('uk', 'UTC').relativeDays(22)).toBe('через 22 дні');
    // 22:30Z on 31 Dec is already 1 January in Kyiv.
    expect(recipientFormat('en', 'Europe/Kyiv').date('2030-12-31T22:30:00Z')).toBe('January 1, 2031');
    expect(recipientFormat('en', 'Not/AZone').timeZone).toBe('UTC');
  });

  it('finds the local date and hour of the digest in the user’s zone', () => {
    expect(localDateHour(new Date('2031-06-02T05:30:00Z'), 'Europe/Kyiv')).toEqual({ date: '2031-06-02', hour: 8 });
    expect(localDateHour(new Date('2031-06-02T05:30:00Z'), 'America/Sao_Paulo')).toEqual({
      date: '2031-06-02',
      hour: 2,
    });
    expect(localDateHour(new Date('2031-06-02T23:30:00Z'), 'Asia/Shanghai')).toEqual({ date: '2031-06-03', hour: 7 });
  });
});
