/**
 * The development mail catcher `npm start` runs when SMTP_URL is not set: an SMTP server (`smtp-server`) on
 * 127.0.0.1 that accepts every message, keeps it as a `.eml` file in a folder, and a small web page that
 * lists them (newest first) with their text, HTML part and attachments. Nothing is delivered anywhere.
 */
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const escape = (text) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Messages in the folder, newest first, as `{ id, file }`. */
function listFiles(dir) {
  return readdirSync(dir)
    .filter((name) => /^[\w.-]+\.eml$/.test(name))
    .sort()
    .reverse()
    .map((file) => ({ id: file.replace(/\.eml$/, ''), file }));
}

async function summary(dir, { id, file }) {
  const parsed = await simpleParser(readFileSync(join(dir, file)));
  return {
    id,
    subject: parsed.subject ?? '',
    from: parsed.from?.text ?? '',
    to: parsed.to
      ? [parsed.to]
          .flat()
          .map((a) => a.text)
          .join(', ')
      : '',
    date: parsed.date?.toISOString() ?? null,
    text: parsed.text ?? '',
    hasHtml: Boolean(parsed.html),
    attachments: parsed.attachments.map((a, index) => ({
      index,
      filename: a.filename ?? `part-${index}`,
      contentType: a.contentType,
    })),
  };
}

/**
 * Starts the catcher. `smtpPort`/`webPort` 0 pick free ports. Returns the ports, the folder and `stop()`.
 */
export async function startMailCatcher({ dir, smtpPort = 1025, webPort = 1080, host = '127.0.0.1' }) {
  mkdirSync(dir, { recursive: true });
  let sequence = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Any user name and password are accepted, so an SMTP_URL with credentials works against it too.
    onAuth: (_auth, _session, callback) => callback(null, { user: 'dev' }),
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        sequence += 1;
        const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(sequence).padStart(4, '0')}`;
        try {
          writeFileSync(join(dir, `${id}.eml`), Buffer.concat(chunks));
          callback();
        } catch (error) {
          callback(error);
        }
      });
    },
  });
  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, host, resolve);
  });

  const web = createServer(async (request, response) => {
    const send = (status, type, body, extra = {}) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      response.end(body);
    };
    try {
      const url = new URL(request.url ?? '/', 'http://catcher');
      const files = listFiles(dir);
      if (url.pathname === '/messages.json') {
        return send(200, 'application/json', JSON.stringify(await Promise.all(files.map((f) => summary(dir, f)))));
      }
      const match = /^\/messages\/([\w.-]+)(\.eml|\.html|\/attachments\/(\d+))$/.exec(url.pathname);
      if (match) {
        const found = files.find((f) => f.id === match[1]);
        if (!found) return send(404, 'text/plain; charset=utf-8', 'no such message');
        const raw = readFileSync(join(dir, found.file));
        if (match[2] === '.eml') return send(200, 'message/rfc822', raw);
        const parsed = await simpleParser(raw);
        if (match[2] === '.html')
          // The message's own HTML, sandboxed: no scripts, no requests out.
          return send(200, 'text/html; charset=utf-8', parsed.html || `<pre>${escape(parsed.text)}</pre>`, {
            'content-security-policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
          });
        const attachment = parsed.attachments[Number(match[3])];
        if (!attachment) return send(404, 'text/plain; charset=utf-8', 'no such attachment');
        return send(200, attachment.contentType || 'application/octet-stream', attachment.content, {
          'content-disposition': `attachment; filename="${String(attachment.filename ?? 'attachment').replace(/[^\w.-]/g, '_')}"`,
        });
      }
      if (url.pathname !== '/') return send(404, 'text/plain; charset=utf-8', 'not found');
      const messages = await Promise.all(files.map((f) => summary(dir, f)));
      const rows = messages
        .map(
          (m) => `<article>
<h2>${escape(m.subject)}</h2>
<p class="meta">${escape(m.date)} · from ${escape(m.from)} · to ${escape(m.to)}</p>
<p><a href="/messages/${m.id}.html">HTML part</a> · <a href="/messages/${m.id}.eml">.eml</a>${m.attachments
            .map((a) => ` · <a href="/messages/${m.id}/attachments/${a.index}">${escape(a.filename)}</a>`)
            .join('')}</p>
<pre>${escape(m.text)}</pre>
</article>`,
        )
        .join('\n');
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail catcher</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}article{border-bottom:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}.meta{color:#555}</style>
</head><body><h1>Development mail catcher</h1><p>${messages.length} message(s) in ${escape(dir)}, newest first. Reload to see new mail.</p>
${rows || '<p>No mail yet.</p>'}</body></html>`,
      );
    } catch (error) {
      return send(500, 'text/plain; charset=utf-8', String(error?.message ?? error));
    }
  });
  await new Promise((resolve, reject) => {
    web.once('error', reject);
    web.listen(webPort, host, resolve);
  });
  return {
    dir,
    smtpPort: smtp.server.address().port,
    webPort: web.address().port,
    stop: () =>
      Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        new Promise((resolve) => {
          web.closeAllConnections?.();
          web.close(resolve);
        }),
      ]),
  };
}
