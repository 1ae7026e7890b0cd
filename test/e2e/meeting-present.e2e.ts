/**
 * Presenting and exporting the monthly meeting (issue 6) on a desk of its own, by keyboard: concerns full of
 * citizens' names, emails, phone numbers and street addresses are logged through quick capture; themes are
 * pinned to the agenda and reordered with Alt+Down; an action item naming a citizen is recorded against a
 * theme; the agenda is presented (slides change with the keys, "Slide n of N" is announced, Escape returns the
 * focus to Present); a Markdown export is downloaded and holds none of the personal data; the print stylesheet
 * lays out the report alone (a screenshot is kept in test-results). axe on the agenda, a slide and the decisions
 * form.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, logConcern, openApp, tabTo } from './support';

const PEOPLE = [
  { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 2368', address: '12 Oak Lane' },
  { name: 'Peter Jones', email: 'pjones@mail.test', phone: '(212) 555-0199', address: '48 Elm Street' },
  { name: 'Ann Smith', email: 'ann.smith@post.test', phone: '07700 900123', address: '7 Birch Road' },
];
const TOPICS = [
  (p: (typeof PEOPLE)[number]) => `Streetlight out and dark at night. My name is ${p.name}, call ${p.phone} or ${p.email}, I live at ${p.address}`,
  (p: (typeof PEOPLE)[number]) => `Streetlight broken, street dark again. I'm ${p.name}, email ${p.email}, phone ${p.phone}, ${p.address}`,
  (p: (typeof PEOPLE)[number]) => `Bins not collected, missed bin collection this week. Regards, ${p.name} (${p.email}, ${p.phone}) at ${p.address}`,
  (p: (typeof PEOPLE)[number]) => `Missed bins, rubbish bin collection skipped. My name is ${p.name}, ${p.phone}, ${p.address}`,
  (p: (typeof PEOPLE)[number]) => `Pothole on the road damaged a tyre, deep pothole. I'm ${p.name}, ${p.email}, ${p.address}`,
  (p: (typeof PEOPLE)[number]) => `Pothole getting bigger on the road, dangerous pothole. Mrs ${p.name}, call ${p.phone}`,
];
const MUST_NOT_APPEAR = PEOPLE.flatMap((p) => [p.name, ...p.name.split(' '), p.email, p.phone, p.phone.replace(/\D/g, ''), p.address]);

const themeCards = (page: Page) => page.getByTestId('theme-card');
const agenda = (page: Page) => page.getByRole('region', { name: 'Agenda' });

async function pinCard(page: Page, index: number): Promise<void> {
  const button = themeCards(page).nth(index).getByRole('button').first();
  await button.focus();
  await page.keyboard.press('p');
}

test('the meeting presented by keyboard and exported without personal data', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  for (const person of PEOPLE) for (const topic of TOPICS) await logConcern(page, topic(person));

  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('meeting-view')).toBeVisible();
  await page.keyboard.press(']');
  await expect(themeCards(page).nth(1)).toBeVisible({ timeout: 60_000 });

  // Pin two themes; the agenda lists them in that order.
  await pinCard(page, 0);
  await expect(agenda(page).getByRole('listitem')).toHaveCount(1);
  await pinCard(page, 1);
  const rows = agenda(page).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  const first = (await rows.nth(0).getByRole('button').first().textContent()) ?? '';
  const second = (await rows.nth(1).getByRole('button').first().textContent()) ?? '';
  await expectNoSeriousA11yViolations(page);

  // Alt+Down moves the first item down, and the focus stays on it.
  const firstTitle = rows.nth(0).getByRole('button', { name: first, exact: true });
  await tabTo(page, firstTitle, { maxPresses: 80 });
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(0).getByRole('button').first()).toHaveText(second);
  await expect(rows.nth(1).getByRole('button').first()).toHaveText(first);
  await expect(rows.nth(1).getByRole('button', { name: first, exact: true })).toBeFocused();

  // An action item naming a citizen, recorded against the first theme.
  await themeCards(page).first().getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('theme-detail');
  const form = detail.getByRole('form', { name: 'Record a decision or an action item' });
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: 'Action' }).check();
  await form.getByLabel('What is to be done').fill('Call Maria Lopez back on 555 014 2368 and write to maria.lopez@example.org about 12 Oak Lane');
  await form.getByLabel('Who does it (optional)').fill('Fay Moss');
  await form.getByLabel('Due by (optional)').fill('2030-01-15');
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Record the action item' }).press('Enter');
  await expect(detail.getByText('Call Maria Lopez back')).toBeVisible();
  // An empty record is refused in plain words, and nothing typed before is lost.
  await form.getByRole('button', { name: 'Record the action item' }).press('Enter');
  await expect(form.getByText('Write what was decided')).toBeVisible();
  await detail.getByRole('heading', { level: 3 }).first().focus();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Present by keyboard: title slide, then each agenda item, then the action items; Escape comes back.
  const present = agenda(page).getByRole('button', { name: 'Present' });
  await tabTo(page, present, { maxPresses: 80 });
  await page.keyboard.press('Enter');
  const position = page.getByTestId('slide-position');
  await expect(position).toHaveText(/^Slide 1 of 4: /);
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Slide 2 of 4: ${second}`);
  await expect(page.getByRole('dialog')).toContainText('concerns, raised by');
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Space');
  await expect(position).toHaveText(`Slide 3 of 4: ${first}`);
  await page.keyboard.press('End');
  await expect(position).toHaveText('Slide 4 of 4: Action items');
  const slides = (await page.getByRole('dialog').textContent()) ?? '';
  expect(slides).toContain('Call [name] back on [phone]');
  await page.keyboard.press('Home');
  await expect(position).toHaveText(/^Slide 1 of 4: /);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(present).toBeFocused();

  // Export to Markdown: a download with the month's report and none of the personal data.
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Markdown' }), { backwards: true, maxPresses: 80 });
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Meeting \d{4}-\d{2}\.md$/);
  const markdown = await readFile((await file.path()) as string, 'utf8');
  expect(markdown).toMatch(/^# Monthly meeting: /);
  expect(markdown).toContain(first.trim());
  expect(markdown).toContain('Call [name] back on [phone]');
  for (const piece of MUST_NOT_APPEAR) expect(markdown, `"${piece}" in the export`).not.toContain(piece);
  await expect(page.getByRole('status').filter({ hasText: 'Saved as Meeting' })).toBeVisible();

  // The print stylesheet: only the report is laid out on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-report')).toBeVisible();
  await expect(page.getByTestId('meeting-view')).toBeHidden();
  const printed = (await page.locator('.print-report').textContent()) ?? '';
  for (const piece of MUST_NOT_APPEAR) expect(printed, `"${piece}" in the printed report`).not.toContain(piece);
  await page.screenshot({ path: testInfo.outputPath('meeting-print.png'), fullPage: true });
  await page.screenshot({ path: 'test-results/meeting-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-report')).toBeHidden();
});
