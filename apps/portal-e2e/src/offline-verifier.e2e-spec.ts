import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, eventually } from './support/api';
import { axeViolations, baseUrl, launchBrowser, shot, t, visible } from './support/browser';
import { appNow, REPO_ROOT } from './support/env';

jest.setTimeout(420_000);

/**
 * The offline verifier at a border post: `/verify` is opened once online (it saves the alliance's keys and
 * revocation lists on the device, and the service worker the page), then the browser goes offline
 * (`context.setOffline`) and the clerk checks three credentials: the certificate's offline QR code (a photo
 * of it, uploaded) → valid; a credential revoked through the API before going offline (its file, pasted)
 * → revoked; a credential with its holder's name changed (a .jwt file) → not genuine. Each answer says how
 * old the device's copy of the revocation list is, and no request for keys or lists leaves the page while
 * offline; a reload offline opens the page from the service worker and still checks.
 *
 * The credentials are of a programme this file creates (so no other journey reads or revokes them): the
 * worker certifies officers who already completed its course (EE-201) when it is created.
 */
const PROGRAMME = `E2E Offline Verifier ${Date.now().toString(36)}`;

interface Certification {
  id: string;
  holderName: string;
  status: string;
}

let browser: Browser;
let validJwt = '';
let validHolder = '';
let revokedFile = '';
let offlineQrPng: Buffer;

/** The images of a PDF as RGBA (pdfjs-dist in a child process, the API tests' helper). */
function pdfImages(pdf: Buffer): Promise<{ width: number; height: number; rgba: string }[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(REPO_ROOT, 'apps/api/test/pdf-images-child.mjs')],
      { maxBuffer: 64 * 1024 * 1024, cwd: REPO_ROOT },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout))),
    );
    child.stdin!.end(pdf);
  });
}

/** RGBA pixels as a PNG file (8-bit RGBA, no filter): what a phone's photo of the code would be uploaded as. */
function png(width: number, height: number, rgba: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await apiSession('admin@icspa.test');
  const courses = await admin.get<{ items: { id: string; code: string }[] }>('/api/courses?pageSize=100');
  const programme = await admin.post<{ id: string }>('/api/certification-programmes', {
    name: PROGRAMME,
    description: 'A programme created by the offline verifier end-to-end test.',
    courseIds: [courses.items.find((c) => c.code === 'EE-201')!.id],
    requiredCount: 1,
    validityMonths: 12,
    recertificationWindowDays: 30,
    skills: ['e-evidence'],
  });
  const [valid, revoked] = await eventually(
    'the worker to certify two holders of the new programme',
    async () => {
      const page = await admin.get<{ items: Certification[] }>(
        `/api/certifications?programmeId=${programme.id}&status=active&pageSize=10`,
      );
      return page.items.length >= 2 ? page.items : undefined;
    },
    240_000,
  );
  validJwt = (await admin.get<{ jwt: string }>(`/api/certifications/${valid.id}/credential`)).jwt;
  validHolder = valid.holderName;
  // Today's form (README "Credentials any verifier accepts"): a did:web kid, typ JWT, a status list it names.
  const header = JSON.parse(Buffer.from(validJwt.split('.')[0], 'base64url').toString());
  expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT', kid: expect.stringMatching(/^did:web:.+#key-1$/) });
  const status = JSON.parse(Buffer.from(validJwt.split('.')[1], 'base64url').toString()).credentialStatus;
  expect(status.statusListCredential).toMatch(/\/api\/credentials\/status\/\d+$/);
  const revokedCredential = await admin.get<{ jwt: string; credential: object }>(
    `/api/certifications/${revoked.id}/credential`,
  );
  revokedFile = JSON.stringify({ jwt: revokedCredential.jwt, credential: revokedCredential.credential }, null, 2);
  await admin.post(`/api/certifications/${revoked.id}/revoke`, { reason: 'Revoked by the offline verifier test.' });

  // The certificate's second QR code, as the PDF prints it: its image, saved as a PNG (a clerk's photo).
  const pdf = await fetch(`${baseUrl()}/api/certifications/${valid.id}/certificate.pdf`, {
    headers: { cookie: await adminCookie() },
  });
  expect(pdf.status).toBe(200);
  const images = await pdfImages(Buffer.from(await pdf.arrayBuffer()));
  const offline = images.find((i) =>
    jsQR(new Uint8ClampedArray(Buffer.from(i.rgba, 'base64')), i.width, i.height)?.data.startsWith('ICSPA1:'),
  );
  expect(offline).toBeDefined();
  offlineQrPng = png(offline!.width, offline!.height, Buffer.from(offline!.rgba, 'base64'));
});
afterAll(async () => {
  await browser?.close();
});

async function adminCookie(): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@icspa.test', password: 'Academy!2024' }),
  });
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A context without request interception: Playwright's routing would stand between page and service worker. */
async function workerContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-GB',
    viewport: { width: 360, height: 740 },
  });
  context.setDefaultTimeout(30_000);
  // The device's clock is the application's (CLOCK_NOW may move the servers to another day).
  if (process.env.CLOCK_NOW) await context.clock.setSystemTime(appNow());
  return context;
}

/** The list-age line: the English template with any date and age. */
const LIST_AGE = new RegExp(
  t('en', 'verifier:listAge', { date: '\u0000', age: '\u0001' })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('\u0000', '.+')
    .replace('\u0001', '.+'),
);

/** What the page logged as an error (an error boundary's catch), told when a verdict does not show. */
const pageErrors = new WeakMap<Page, string[]>();
function recordErrors(page: Page) {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}

async function expectVerdict(page: Page, verdict: string) {
  const result = page.getByRole('region', { name: t('en', `verifier:verdict.${verdict}`) });
  try {
    await visible(result);
  } catch (error) {
    await shot(page, 'offline-verifier', 'en', `failed-${verdict}`);
    const shown = await page
      .locator('main')
      .innerText({ timeout: 5_000 })
      .catch(() => '(no main)');
    const errors = pageErrors.get(page) ?? [];
    throw new Error(`expected "${verdict}", the page shows: ${shown}\nerrors: ${errors.join('\n')}\n${String(error)}`);
  }
  return result;
}

describe('offline verifier', () => {
  it('checks a valid, a revoked and a tampered credential with the connection cut, from copies saved online', async () => {
    const context = await workerContext();
    try {
      const page = await context.newPage();
      recordErrors(page);
      await page.goto('/verify');
      await visible(page.getByRole('heading', { level: 2, name: t('en', 'verifier:title') }));
      // Online once: the keys and lists are saved, and the service worker takes the page.
      await visible(page.getByText(/^Saved on this device: the alliance’s keys and revocation lists, updated /));
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

      await context.setOffline(true);
      const asked: string[] = [];
      page.on('request', (r) => {
        if (/\/api\/credentials\/|\/\.well-known\//.test(r.url())) asked.push(r.url());
      });
      await visible(page.getByText(t('en', 'verifier:offline')));

      // 1. A photo of the certificate's offline QR code → valid, with the list's age.
      await page.getByLabel(t('en', 'verifier:file'), { exact: true }).setInputFiles({
        name: 'certificate-qr.png',
        mimeType: 'image/png',
        buffer: offlineQrPng,
      });
      let result = await expectVerdict(page, 'valid');
      await visible(result.getByText(LIST_AGE));
      // The name on the holder's ID document, typed in capitals → it matches the salted name identifier.
      const nameField = result.getByLabel(t('en', 'verifier:name.label'), { exact: true });
      await nameField.fill(validHolder.toUpperCase());
      await result.getByRole('button', { name: t('en', 'verifier:name.check') }).click();
      await visible(result.getByText(t('en', 'verifier:name.match')));
      await nameField.fill(`${validHolder} X`);
      await result.getByRole('button', { name: t('en', 'verifier:name.check') }).click();
      await visible(result.getByText(t('en', 'verifier:name.noMatch')));
      await shot(page, 'offline-verifier', 'en', '01-valid-offline');

      // 2. The revoked holder's credential file, pasted → revoked.
      const box = page.getByLabel(t('en', 'verifier:paste'), { exact: true });
      await box.fill(revokedFile);
      await page.getByRole('button', { name: t('en', 'verifier:check'), exact: true }).click();
      result = await expectVerdict(page, 'revoked');
      await visible(result.getByText(LIST_AGE));
      await shot(page, 'offline-verifier', 'en', '02-revoked-offline');

      // 3. The valid credential with another name in it, as a .jwt file → not genuine.
      const [h, p, s] = validJwt.split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      payload.credentialSubject.name = `${payload.credentialSubject.name} Jr`;
      const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
      await page.getByLabel(t('en', 'verifier:file'), { exact: true }).setInputFiles({
        name: 'credential.jwt',
        mimeType: 'application/jwt',
        buffer: Buffer.from(tampered),
      });
      await expectVerdict(page, 'notGenuine');

      // The untouched credential pasted whole → valid again.
      await box.fill(validJwt);
      await page.getByRole('button', { name: t('en', 'verifier:check'), exact: true }).click();
      await expectVerdict(page, 'valid');
      expect(asked).toEqual([]);

      // Reloaded with no connection: the service worker serves the page, which still checks.
      await page.reload();
      await visible(page.getByRole('heading', { level: 2, name: t('en', 'verifier:title') }));
      await page.getByLabel(t('en', 'verifier:paste'), { exact: true }).fill(revokedFile);
      await page.getByRole('button', { name: t('en', 'verifier:check'), exact: true }).click();
      await expectVerdict(page, 'revoked');
      expect(asked).toEqual([]);
      // 360 px wide: nothing wider than the screen, and no serious accessibility violation.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
