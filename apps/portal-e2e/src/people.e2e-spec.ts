import { Browser, Page } from 'playwright-core';
import {
  apiResponse,
  axeViolations,
  chooseLanguage,
  expectOk,
  launchBrowser,
  navigate,
  newContext,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';
import { appNow } from './support/env';

jest.setTimeout(240_000);

/**
 * People (issue 16): an admin adds a coordinator and, with no e-mail configured in this run, is shown the
 * one-time invitation link to hand over; the coordinator opens it signed out, in Ukrainian, chooses a
 * password and signs in with it; the used link is refused afterwards. The signed-out pages fit a phone.
 */
const CHOSEN_PASSWORD = 'копія-маяк-обрій-2031';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function noOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

it('an admin invites a coordinator, who sets a password from the link and signs in', async () => {
  const email = `coordinator.${appNow().getTime().toString(36)}@unit.example`;
  const name = 'Олена Бойко';

  // The admin adds and invites.
  const adminContext = await newContext(browser);
  let link: string;
  try {
    const page = await adminContext.newPage();
    await signIn(page, 'admin@icspa.test', 'en', 'people');
    await navigate(page, 'en', 'nav.users');
    await visible(page.getByRole('heading', { level: 1, name: t('en', 'users.title') }));
    await page.getByRole('link', { name: t('en', 'people.add') }).click();
    await visible(page.getByRole('heading', { level: 1, name: t('en', 'people.new.title') }));
    await page.getByLabel(t('en', 'people.form.name'), { exact: true }).fill(name);
    await page.getByLabel(t('en', 'people.form.email'), { exact: true }).fill(email);
    await page.getByLabel(t('en', 'people.form.role'), { exact: true }).selectOption('coordinator');
    const unit = page.getByLabel(t('en', 'people.form.unit'), { exact: true });
    await unit.locator('option').nth(1).waitFor({ state: 'attached' });
    await unit.selectOption({ index: 1 });
    const created = apiResponse(page, 'POST', /^\/api\/users$/);
    await page.getByRole('button', { name: t('en', 'people.new.submit') }).click();
    expect((await created).status()).toBe(201);
    const box = await visible(page.getByLabel(t('en', 'people.link.invitationLabel', { name })));
    link = await box.inputValue();
    expect(link).toMatch(/\/account\/set-password#token=[A-Za-z0-9_-]{43}$/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'people', 'en', '01-invited');

    // The person's page says the account waits for its owner.
    await page.getByRole('link', { name: t('en', 'people.new.open', { name }) }).click();
    await visible(page.getByRole('heading', { level: 1, name }));
    await visible(page.getByText(t('en', 'users.status.invited'), { exact: true }));
    await visible(page.getByRole('button', { name: t('en', 'people.actions.invite') }));
  } finally {
    await adminContext.close();
  }

  // The coordinator, signed out, on a phone, in Ukrainian.
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(link);
    await visible(page.getByRole('heading', { level: 1 }));
    await chooseLanguage(page, 'uk', false);
    await visible(page.getByText(t('uk', 'account.setPassword.introInvitation', { name, email })));
    // The token left the address bar.
    expect(new URL(page.url()).hash).toBe('');
    await noOverflow(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(t('uk', 'passwordChange.new'), { exact: true }).fill(CHOSEN_PASSWORD);
    await page.getByLabel(t('uk', 'passwordChange.repeat'), { exact: true }).fill(CHOSEN_PASSWORD);
    const set = apiResponse(page, 'POST', /^\/api\/auth\/set-password$/);
    await page.getByRole('button', { name: t('uk', 'account.setPassword.submit') }).click();
    expectOk(await set);
    await visible(page.getByText(t('uk', 'account.setPassword.done', { email })));
    await shot(page, 'people', 'uk', '02-password-set');

    await page.getByRole('link', { name: t('uk', 'signIn.submit'), exact: true }).click();
    await page.getByLabel(t('uk', 'signIn.email'), { exact: true }).fill(email);
    await page.getByLabel(t('uk', 'signIn.password'), { exact: true }).fill(CHOSEN_PASSWORD);
    const login = apiResponse(page, 'POST', /^\/api\/auth\/login$/);
    await page.getByRole('button', { name: t('uk', 'signIn.submit') }).click();
    expectOk(await login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const me = (await (await page.request.get('/api/auth/me')).json()) as { email: string; role: string };
    expect(me).toMatchObject({ email, role: 'coordinator' });
    await shot(page, 'people', 'uk', '03-signed-in');

    // The link was used: opening it again says so.
    await page.request.post('/api/auth/logout', { data: {} });
    await page.goto(link);
    await visible(page.getByText(t('uk', 'errors.account_link.invalid')));

    // "Forgot your password?" answers without saying whether the account exists, and fits the phone.
    await page.goto('/sign-in');
    await page
      .getByRole('link', { name: t('uk', 'signIn.forgot') })
      .first()
      .click();
    // The form is a lazy page: fill it once its heading shows, not the sign-in form it replaces.
    await visible(page.getByRole('heading', { level: 1, name: t('uk', 'account.forgot.title') }));
    await page.getByLabel(t('uk', 'signIn.email'), { exact: true }).fill('nobody@unit.example');
    const asked = apiResponse(page, 'POST', /^\/api\/auth\/forgot-password$/);
    await page.getByRole('button', { name: t('uk', 'account.forgot.submit') }).click();
    expect((await asked).status()).toBe(204);
    await visible(page.getByText(t('uk', 'account.forgot.sent', { email: 'nobody@unit.example' })));
    await noOverflow(page);
  } finally {
    await context.close();
  }
});
