/**
 * The public status list in a browser, against a real office server of its own (a fresh database seeded with
 * the usual accounts): the admin publishes the page from the "Public page" tab by keyboard alone (bad input
 * refused by its box, the embed snippets and preview link shown), axe checking the tab in both themes. Then a
 * desk's pushes log concerns full of names, emails, phone numbers and addresses, and make a public project from
 * them whose public text repeats some of it; the page, read with no login at phone, tablet and laptop sizes in
 * light and dark, shows the project and none of that personal data, fits the screen and passes axe; the feeds
 * parse as XML in the browser; the embed script puts the page in an allowed website, and a website not listed
 * cannot frame it.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { Contact } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { fields } from '../helpers/concerns';
import { ROOT, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { ACCOUNTS, type TestAccount } from './accounts';
import { expectNoSeriousA11yViolations, openApp, settleAnimations, tabTo } from './support';

let server: ServerProcess | undefined;
let base = '';
let dataDir = '';
const SLUG = 'riverside';
const ALLOWED = 'https://riverside.example';
/**
 * The office websites of the embedding test: small servers on this machine, each its own origin (another port).
 * Real ones, not routed pages: Chromium lets only a page it knows to be local load from a loopback address
 * (Local Network Access), so a routed https://town.example could not load the script at all.
 */
let listedSite: Server | undefined;
let unlistedSite: Server | undefined;
let listedOrigin = '';
let unlistedOrigin = '';

async function startSite(): Promise<{ server: Server; origin: string }> {
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Town website</title></head><body><main><h1>Our town</h1><script src="${base}/public/${SLUG}/embed.js" async></script></main></body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return { server: site, origin: `http://127.0.0.1:${(site.address() as AddressInfo).port}` };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'civic-public-page-e2e-'));
  const database = join(dataDir, 'pglite');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'seed-accounts.ts'), database], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json') },
  });
  server = startServerProcess({ DATA_DIR: database, WEB_ROOT: join(ROOT, 'dist', 'web'), HOST: '127.0.0.1' });
  base = (await server.started).replace(/\/+$/, '');
  ({ server: listedSite, origin: listedOrigin } = await startSite());
  ({ server: unlistedSite, origin: unlistedOrigin } = await startSite());
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
  for (const site of [listedSite, unlistedSite]) await new Promise((resolve) => site?.close(resolve));
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: base, serviceWorkers: 'block' });
}

async function signIn(request: APIRequestContext, account: TestAccount): Promise<void> {
  expect((await request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
}

/** Pushes mutations as a desk would, straight to the server, and checks every one applied. */
async function push(request: APIRequestContext, mutations: { name: string; args: unknown }[]): Promise<void> {
  const at = new Date().toISOString();
  const answer = await request.post('/api/sync/push', { data: { clientId: randomUUID(), mutations: mutations.map((m, i) => ({ id: i + 1, at, ...m })) } });
  expect(answer.status()).toBe(200);
  const { results } = (await answer.json()) as { results: { status: string; reason?: string }[] };
  expect(results.map((r) => r.reason ?? r.status)).toEqual(mutations.map(() => 'applied'));
}

/** Publishes the page through the admin API (the first test does it by keyboard; each test stands on its own). */
async function publishAs(browser: Browser): Promise<void> {
  const admin = await newContext(browser);
  await signIn(admin.request, ACCOUNTS.ana);
  const saved = await admin.request.put('/api/admin/public-page', {
    data: { slug: SLUG, displayName: '', introduction: 'What you told us, and what we are doing about it.', websiteUrl: ALLOWED, isPublished: true, embedOrigins: [ALLOWED, listedOrigin] },
  });
  expect(saved.status()).toBe(200);
  await admin.close();
}

async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await tabTo(page, box, { maxPresses: 80 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

async function checkBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const contact = (changes: Partial<Contact>): Contact => ({ name: '', phone: '', email: '', preferredReply: 'none', consentToContact: true, anonymous: false, ...changes });
const PEOPLE = [
  { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 2368', address: '12 Oak Lane' },
  { name: 'Tomasz Nowak', email: 'tomasz.nowak@example.net', phone: '+48 601 234 567', address: '7 Birch Road' },
  { name: 'Aiko Tanaka', email: 'aiko@example.jp', phone: '020 7946 0018', address: '221 Baker Street' },
];
const SECRETS = PEOPLE.flatMap((p) => [p.name, p.email, p.phone, p.address, ...p.name.split(' ')]);

test('an admin publishes the public page by keyboard, and sees where it is and how to embed it', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser);
  await signIn(context.request, ACCOUNTS.ana);
  const page = await context.newPage();
  await openApp(page);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('Staff and devices');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toHaveText('Staff and devices…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
  await tabTo(page, dialog.getByRole('tab', { name: 'Staff' }));
  const tab = dialog.getByRole('tab', { name: 'Public page' });
  for (let i = 0; i < 8 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const form = dialog.getByRole('form', { name: 'Public page' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Address', exact: true })).toHaveValue('riverside-town-hall');
  await expect(dialog.getByText('The page is not published yet')).toBeVisible();
  await checkBothThemes(page);

  await tabTo(page, form.getByRole('checkbox', { name: 'Publish the page' }));
  await page.keyboard.press('Space');
  await typeInto(page, form.getByRole('textbox', { name: 'Address', exact: true }), 'Riverside Hall!');
  await typeInto(page, form.getByRole('textbox', { name: 'Introduction' }), 'What you told us, and what we are doing about it.');
  await typeInto(page, form.getByRole('textbox', { name: 'Office website' }), 'https://riverside.example');
  await typeInto(page, form.getByRole('textbox', { name: 'Websites that may embed the page' }), ALLOWED);
  await tabTo(page, form.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  const address = form.getByRole('textbox', { name: 'Address', exact: true });
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/Use only lower-case letters, digits and dashes/);
  await expect(address).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(SLUG);
  await tabTo(page, form.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status').filter({ hasText: 'The page is published' })).toBeVisible();

  const preview = dialog.getByRole('link', { name: /Open the public page/ });
  await expect(preview).toHaveAttribute('href', `${base}/public/${SLUG}/`);
  await expect(dialog.getByRole('textbox', { name: /Iframe snippet/ })).toHaveValue(new RegExp(`<iframe src="${base}/public/${SLUG}/\\?embed=1" title="You said, we did: projects of Riverside Town Hall"`));
  await expect(dialog.getByRole('textbox', { name: /Script snippet/ })).toHaveValue(`<script src="${base}/public/${SLUG}/embed.js" data-height="900" async></script>`);
  await tabTo(page, dialog.getByRole('button', { name: 'Copy the script snippet' }), { maxPresses: 80 });
  await checkBothThemes(page);
  await context.close();
});

test('the public page shows the public project and no personal data, on a phone, a tablet and a laptop, light and dark', async ({ browser }) => {
  test.setTimeout(180_000);
  await publishAs(browser);
  const desk = await newContext(browser);
  await signIn(desk.request, ACCOUNTS.gia);
  const newId = () => uuidv7(Date.now(), randomBytes(10));
  const concernIds = PEOPLE.map(() => newId());
  const projectId = newId();
  const hiddenId = newId();
  await push(desk.request, [
    ...PEOPLE.map((p, i) => ({
      name: 'logConcern',
      args: {
        id: concernIds[i],
        fields: fields({
          summary: `Street light out, call ${p.name} on ${p.phone}`,
          details: `Reported by ${p.name} (${p.email}), lives at ${p.address}`,
          contact: contact({ name: p.name, email: p.email, phone: p.phone }),
          location: { address: p.address, area: 'Riverside' },
        }),
      },
    })),
    {
      name: 'createProject',
      args: {
        id: projectId,
        fields: {
          title: 'Fix the street lights on Elm Street',
          status: 'planned',
          isPublic: true,
          targetDate: '2027-01-31',
          publicSummary: `You told us the lights were out. Thanks to ${PEOPLE[0]?.name} (${PEOPLE[0]?.email}) and ${PEOPLE[1]?.phone}, who lives at ${PEOPLE[1]?.address}.\n\nWe are replacing 14 lamps.`,
          milestones: [
            { id: newId(), title: 'Survey the street', due: '2026-12-10', doneAt: new Date().toISOString() },
            { id: newId(), title: `Call ${PEOPLE[2]?.name} back`, due: '', doneAt: null },
          ],
        },
        concernIds,
      },
    },
    { name: 'setProjectStatus', args: { id: projectId, status: 'in-progress' } },
    { name: 'createProject', args: { id: hiddenId, fields: { title: 'Staff room paint', isPublic: false } } },
  ]);
  await desk.close();

  const visitor = await browser.newContext({ baseURL: base });
  const page = await visitor.newPage();
  const answer = await page.goto(`/public/${SLUG}/`);
  expect(answer?.status()).toBe(200);
  const article = page.getByRole('article', { name: 'Fix the street lights on Elm Street' });
  await expect(page.getByRole('heading', { level: 1, name: 'You said, we did' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /In progress/ })).toBeVisible();
  await expect(article).toContainText('Raised by 3 people');
  await expect(article).toContainText('50% done');
  await expect(article.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '50');
  await expect(article).toContainText('We are replacing 14 lamps.');
  await expect(page.getByText('Staff room paint')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  const html = await page.content();
  for (const secret of SECRETS) {
    expect(text, secret).not.toContain(secret);
    expect(html, secret).not.toContain(secret);
  }
  expect(await page.locator('script').count()).toBe(0);

  // The skip link is the first stop and lands on the projects.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the projects' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  for (const viewport of [{ width: 360, height: 740 }, { width: 768, height: 1024 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousA11yViolations(page);
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.screenshot({ path: test.info().outputPath(`public-page-${viewport.width}.png`), fullPage: true });
  }

  for (const format of ['rss', 'atom'] as const) {
    const feed = await visitor.request.get(`/public/${SLUG}/feed.${format}`);
    const xml = await feed.text();
    for (const secret of SECRETS) expect(xml, secret).not.toContain(secret);
    const problem = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
    }, xml);
    expect(problem, format).toBe('');
  }
  const json = (await (await visitor.request.get(`/public/${SLUG}/feed.json`)).json()) as { version: string; items: { title: string }[] };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((i) => i.title)).toEqual(['In progress: Fix the street lights on Elm Street']);
  await visitor.close();
});

test('the embed script shows the page inside a listed website, and an unlisted website cannot frame it', async ({ browser }) => {
  await publishAs(browser);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${listedOrigin}/news.html`);
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('title', 'You said, we did: projects of Riverside Town Hall');
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1, name: 'You said, we did' })).toBeVisible();

  const blocked = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 15_000 });
  await page.goto(`${unlistedOrigin}/news.html`);
  await blocked;
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'You said, we did' })).toHaveCount(0);
  await context.close();
});
