import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** The development mail catcher (an ES module) in a child process, as `npm start` runs it. */
describe('development mail catcher', () => {
  let child: ChildProcess;
  let dir: string;
  let ports: { smtpPort: number; webPort: number };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'icspa-mail-'));
    const script = `import('${join(__dirname, 'mail-catcher.mjs')}').then(async (m) => {
      const c = await m.startMailCatcher({ dir: process.env.DIR, smtpPort: 0, webPort: 0 });
      process.stdout.write(JSON.stringify({ smtpPort: c.smtpPort, webPort: c.webPort }) + '\\n');
    });`;
    child = spawn(process.execPath, ['-e', script], {
      env: { ...process.env, DIR: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    ports = await new Promise((resolve, reject) => {
      child.stdout!.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
      child.once('exit', (code) => reject(new Error(`catcher exited ${code}`)));
    });
  });
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a message over SMTP, keeps it as .eml and shows it on its page and as JSON', async () => {
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${ports.smtpPort}`);
    await transport.sendMail({
      from: 'Icspa Academy <academy@example.org>',
      to: 'Olena <olena@example.org>',
      subject: 'Пропозиція провести курс <Forensics>',
      text: 'Hello Olena',
      html: '<p>Hello <b>Olena</b></p><script>alert(1)</script>',
      attachments: [
        { filename: 'proposal.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
      ],
    });
    transport.close();
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(dir, files[0]), 'utf8')).toContain('olena@example.org');

    const base = `http://127.0.0.1:${ports.webPort}`;
    const list = (await (await fetch(`${base}/messages.json`)).json()) as Array<{
      id: string;
      subject: string;
      to: string;
      text: string;
      attachments: Array<{ filename: string }>;
    }>;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subject: 'Пропозиція провести курс <Forensics>', text: 'Hello Olena' });
    expect(list[0].to).toContain('olena@example.org');
    expect(list[0].attachments.map((a) => a.filename)).toEqual(['proposal.ics']);

    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('Пропозиція провести курс &lt;Forensics&gt;');
    const html = await fetch(`${base}/messages/${list[0].id}.html`);
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
    const ics = await fetch(`${base}/messages/${list[0].id}/attachments/0`);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    expect((await fetch(`${base}/messages/../../etc/passwd.eml`)).status).toBe(404);
  });
});
