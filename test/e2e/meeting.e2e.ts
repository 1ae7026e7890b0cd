/**
 * The meeting view (issue 6), the flow by keyboard on a desk of its own: a history file written for the
 * test (four months of concerns whose texts are full of names, emails, phone numbers and street addresses) is
 * imported through settings; Alt+3 opens the meeting on its last month, the month before it is empty and says
 * how to bring in history; a theme is opened, its concerns drilled into and one opened, with the way back;
 * a theme is renamed (r), two others merged (m) and both pinned (p); the agenda is presented (slides move with
 * the arrow keys, Escape leaves and gives the focus back) and exported to Markdown, and neither the slides nor
 * the file hold any of the file's personal data. Then, on two desks of one office: a rename made at one desk
 * shows at the other after sync.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { monthName, previousMonth } from '@shared/patterns/months';
import { ACCOUNTS, type TestAccount } from './accounts';
import { chooseHistoryFile, historyImportDialog, importChosenFile, openHistoryImport, personalDataFound, writeHistoryFile } from './meeting-support';
import { expectNoSeriousA11yViolations, logConcern, openApp, tabTo, openDesk } from './support';

// The file's concerns are dated in UTC months, and a desk with no office counts months in its own zone.
test.use({ timezoneId: 'UTC' });

const themeCards = (page: Page) => page.getByTestId('theme-card');
/** How many themes the month has, shown or behind "Show N smaller themes" ("54 themes this month. …"). */
async function themeCount(page: Page): Promise<number> {
  const text = await page.getByTestId('themes-shown').innerText();
  const count = /^(\d+) themes? this month/.exec(text.replace(/,/g, ''))?.[1];
  if (count === undefined) throw new Error(`no theme count in "${text}"`);
  return Number(count);
}
const cardButton = (card: Locator) => card.getByRole('button').first();
/** The theme grid's one tab stop. */
const currentCard = (page: Page) => themeCards(page).getByRole('button').and(page.locator('[tabindex="0"]')).first();

/** Tabs into the theme grid and moves with j to the card labelled `label`. */
async function focusTheme(page: Page, label: string): Promise<void> {
  await tabTo(page, currentCard(page), { maxPresses: 80 });
  await page.keyboard.press('Home');
  const target = cardButton(themeCards(page).filter({ has: page.getByRole('button', { name: label, exact: true }) }));
  for (let presses = 0; presses < 80 && !(await target.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('j');
  }
  await expect(target).toBeFocused();
}

const RENAMED = 'Council tax bills';
const MERGED = 'Street lights out';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The labels of the cards, in order. */
async function themeLabels(page: Page): Promise<string[]> {
  return (await themeCards(page).locator('h4 button').allTextContents()).map((label) => label.trim());
}

test('a history file imported, its month themed, corrected, pinned, presented and exported without personal data', async ({ page }) => {
  test.setTimeout(180_000);
  const file = writeHistoryFile({ count: 360, months: 4, prefix: `MF${Date.now().toString(36)}-` });
  expect(file.personal.names.length).toBeGreaterThan(10);
  expect(file.personal.emails.length).toBeGreaterThan(10);
  expect(file.personal.phones.length).toBeGreaterThan(10);
  expect(file.personal.addresses.length).toBeGreaterThan(10);
  await openApp(page);

  // Import through settings, by keyboard.
  await openHistoryImport(page);
  await chooseHistoryFile(page, file);
  await expect(historyImportDialog(page).locator('dl')).toContainText(`(4 months with concerns)`);
  await importChosenFile(page, file);
  await page.keyboard.press('Escape');
  await expect(historyImportDialog(page)).toBeHidden();

  // Alt+3: the meeting opens on the last complete month, the file's last.
  await page.keyboard.press('Alt+3');
  const view = page.getByTestId('meeting-view');
  await expect(page.getByTestId('meeting-period')).toHaveText(monthName(file.lastMonth));
  await expect(themeCards(page).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('figure-concerns').getByRole('button')).toHaveText(String(file.lastMonthRows));
  await expectNoSeriousA11yViolations(page);

  // The month before the file's first is empty, and says how to bring in history; t goes back.
  await page.getByRole('heading', { name: 'Monthly meeting' }).focus();
  for (let month = 0; month < 4; month += 1) await page.keyboard.press('[');
  const before = previousMonth(previousMonth(previousMonth(previousMonth(file.lastMonth))));
  await expect(view.getByRole('heading', { name: `No concerns were logged in ${monthName(before)}` })).toBeVisible({ timeout: 30_000 });
  await expect(view).toContainText('Import history');
  await page.keyboard.press('t');
  await expect(page.getByTestId('meeting-period')).toHaveText(monthName(file.lastMonth));
  await expect(themeCards(page).first()).toBeVisible({ timeout: 30_000 });

  // Drill into a theme by keyboard: its concerns, one of them opened, and the way back to the list.
  const labels = await themeLabels(page);
  const drilled = labels[0] ?? '';
  await focusTheme(page, drilled);
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('theme-detail');
  await expect(detail.getByRole('heading', { level: 3, name: drilled })).toBeFocused();
  await tabTo(page, detail.getByRole('button', { name: /^\d+ concerns$/ }));
  await page.keyboard.press('Enter');
  const drill = page.getByRole('dialog', { name: new RegExp(`^${escapeRegExp(drilled)}`) });
  const firstConcern = drill.getByTestId('drill-list').getByRole('listitem').first();
  await expect(firstConcern).toBeVisible();
  const summary = ((await firstConcern.locator('.meeting-drill-summary').textContent()) ?? '').trim();
  await tabTo(page, drill.getByRole('button', { name: /^Open: / }).first());
  await page.keyboard.press('Enter');
  const back = page.getByRole('button', { name: 'Back to the meeting' });
  await expect(back).toBeVisible();
  await expect(page.locator('main')).toContainText(summary.slice(0, 40));
  await tabTo(page, back, { backwards: true, maxPresses: 60 });
  await page.keyboard.press('Enter');
  await expect(drill).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drill).toBeHidden();
  // The focus is back on the theme's page, where Escape returns to the dashboard.
  await expect(detail.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  // Back on the dashboard the focus is on the theme's card, where j/k and Enter work at once.
  await expect(currentCard(page)).toBeFocused();
  await expect(currentCard(page)).toHaveText(new RegExp(escapeRegExp(drilled)));

  // Rename a theme (r): the council tax one when the engine found it, else the second largest.
  const renamed = labels.find((label) => /council tax/i.test(label)) ?? labels[1] ?? '';
  await focusTheme(page, renamed);
  await page.keyboard.press('r');
  const rename = page.getByRole('dialog', { name: /^Rename/ });
  await expect(rename.getByLabel('New name')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(RENAMED);
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(themeCards(page).filter({ hasText: RENAMED })).toHaveCount(1, { timeout: 30_000 });

  // Merge two themes (m): the street lights ones when the engine split them, else two others.
  const lights = labels.filter((label) => label !== renamed && /lamp|light|dark walk|broken street/i.test(label));
  const others = labels.filter((label) => label !== renamed && label !== drilled);
  const [mergeInto, mergeFrom] = lights.length >= 2 ? lights : others;
  if (mergeInto === undefined || mergeFrom === undefined) throw new Error(`two themes to merge are needed: ${labels.join(', ')}`);
  const count = await themeCount(page);
  await focusTheme(page, mergeInto);
  await page.keyboard.press('m');
  const merge = page.getByRole('dialog', { name: /^Merge/ });
  await expect(merge.getByRole('checkbox').first()).toBeFocused();
  await tabTo(page, merge.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(mergeFrom)} \\(`) }));
  await page.keyboard.press('Space');
  await expect(merge).toContainText(/The merged theme will have \d+ concerns/);
  await tabTo(page, merge.getByLabel('Name of the merged theme'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type(MERGED);
  await page.keyboard.press('Enter');
  await expect(merge).toBeHidden();
  await expect(themeCards(page).filter({ hasText: MERGED })).toHaveCount(1, { timeout: 30_000 });
  await expect.poll(() => themeCount(page)).toBe(count - 1);
  await expect(themeCards(page).getByRole('button', { name: mergeFrom, exact: true })).toHaveCount(0);

  // Pin both (p): the agenda lists them in the order pinned, and the merged theme's page says who merged it.
  for (const label of [MERGED, RENAMED]) {
    await focusTheme(page, label);
    await page.keyboard.press('p');
  }
  const agenda = page.getByRole('list', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(2, { timeout: 10_000 });
  await expect(agenda.getByRole('listitem').nth(0)).toContainText(MERGED);
  await expect(agenda.getByRole('listitem').nth(1)).toContainText(RENAMED);
  await focusTheme(page, MERGED);
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('button', { name: 'On the agenda' })).toBeDisabled();
  await expect(detail.getByTestId('corrections')).toContainText(`merged 2 themes as “${MERGED}”`);
  await expect(detail.getByRole('heading', { level: 3, name: MERGED })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Present: the title slide, one per agenda item, the closing slide; arrows move, Escape gives the focus back.
  const present = page.getByRole('button', { name: 'Present', exact: true });
  await tabTo(page, present, { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const presentation = page.getByRole('dialog', { name: `Presentation: ${monthName(file.lastMonth)}` });
  const position = page.getByTestId('slide-position');
  await expect(position).toHaveText(/^Slide 1 of 4: /);
  const slideTexts = [await presentation.locator('article').innerText()];
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Slide 2 of 4: ${MERGED}`);
  await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(MERGED);
  slideTexts.push(await presentation.locator('article').innerText());
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Slide 3 of 4: ${RENAMED}`);
  slideTexts.push(await presentation.locator('article').innerText());
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(/^Slide 4 of 4: /);
  slideTexts.push(await presentation.locator('article').innerText());
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(`Slide 3 of 4: ${RENAMED}`);
  await page.keyboard.press('Escape');
  await expect(presentation).toBeHidden();
  await expect(present).toBeFocused();
  expect(personalDataFound(slideTexts.join('\n'), file.personal)).toEqual([]);

  // Export to Markdown: the browser downloads the file; it names the corrected themes and holds no personal data.
  const markdownButton = page.getByRole('group', { name: /export/i }).getByRole('button', { name: 'Markdown' });
  await tabTo(page, markdownButton, { backwards: true, maxPresses: 120 });
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Meeting ${file.lastMonth}.md`);
  const markdown = readFileSync(await download.path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: `Saved as Meeting ${file.lastMonth}.md, with personal data removed.` })).toBeVisible();
  expect(markdown).toContain(`1. ${MERGED} (`);
  expect(markdown).toContain(`2. ${RENAMED} (`);
  expect(markdown).toContain(`. ${MERGED}\n`);
  expect(markdown).toContain(`. ${RENAMED}\n`);
  expect(markdown).not.toContain(mergeFrom);
  expect(personalDataFound(markdown, file.personal)).toEqual([]);
});

const SWANS = ['Swans nesting on the canal towpath, cyclists have to stop', 'Swan on the towpath hissing at walkers', 'Canal towpath blocked by nesting swans', 'Swans chasing children on the towpath', 'Nesting swans by the canal lock, path closed', 'Towpath swans again, nobody can pass'];
const KAYAKS = ['Kayak hire blocking the slipway every weekend', 'Slipway full of hire kayaks, no room to launch', 'Kayaks left across the slipway overnight', 'Hire kayaks stacked on the slipway', 'Cannot use the slipway, kayak hire everywhere', 'Kayak hire van parked on the slipway'];

/** A desk of the office signed in as `account`, synced. */
async function desk(browser: Browser, account: TestAccount): Promise<Page> {
  return (await openDesk(browser, account, { timezoneId: 'UTC' })).page;
}

/** Shows this month's meeting (Alt+3, then ] from the last complete month) and waits for a theme matching `label` (the first). */
async function thisMonthsTheme(page: Page, label: string | RegExp): Promise<Locator> {
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('meeting-view')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Monthly meeting' })).toBeFocused();
  await page.keyboard.press(']');
  const card = themeCards(page).filter({ has: page.getByRole('button', { name: label }) }).first();
  await expect(card).toBeVisible({ timeout: 60_000 });
  return card;
}

test('a rename made at one desk shows at another desk of the office after sync', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const gia = await desk(browser, ACCOUNTS.gia);
  const fay = await desk(browser, ACCOUNTS.fay);
  // Words no other test uses, so the office's other concerns this month form themes of their own.
  for (const line of [...SWANS, ...KAYAKS]) await logConcern(gia, line);
  const renamedTo = `Swans on the towpath ${stamp}`;
  const card = await thisMonthsTheme(gia, /swan|towpath|canal|kayak|slipway/i);
  await focusTheme(gia, ((await cardButton(card).textContent()) ?? '').trim());
  await gia.keyboard.press('r');
  const rename = gia.getByRole('dialog', { name: /^Rename/ });
  await expect(rename.getByLabel('New name')).toBeFocused();
  await gia.keyboard.press('Control+a');
  await gia.keyboard.type(renamedTo);
  await gia.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(themeCards(gia).filter({ hasText: renamedTo })).toHaveCount(1, { timeout: 30_000 });
  await expect(gia.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });

  // Fay's desk pulls the concerns and the correction: the theme has Gia's name for it, and says who gave it.
  await thisMonthsTheme(fay, renamedTo);
  await focusTheme(fay, renamedTo);
  await fay.keyboard.press('Enter');
  await expect(fay.getByTestId('theme-detail').getByTestId('corrections')).toContainText(`Gia Park renamed it to “${renamedTo}”`);
});
