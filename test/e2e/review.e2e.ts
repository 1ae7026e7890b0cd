/**
 * The review queue (issue 5), on two desks of one office, by keyboard alone: Ben at the counter flags a
 * concern; Gia, a go-to person, finds it in her queue and works it through with the action keys; what she
 * does reaches Ben (her @mention, the timeline, the outcome). Then duplicates: the open concern suggests its
 * twin with reasons, and merging keeps both people's contacts. Bulk actions, the workload panel, and what a
 * counter and a facilitator are not offered. axe runs on the queue, the open concern and each dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './accounts';
import { entry, expectNoSeriousA11yViolations, logConcern, settleAnimations, tabTo, openDesk } from './support';


const queueRows = (page: Page) => page.getByTestId('queue-row');

/** Shows the queue (Alt+2) and narrows it to rows with `text`, typed into its find field; focus ends in the grid. */
async function findInQueue(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Alt+2');
  const find = page.getByLabel('Find in the queue');
  await tabTo(page, find);
  await page.keyboard.type(text);
  await expect(queueRows(page).filter({ hasText: text }).first()).toBeVisible({ timeout: 15_000 });
  await tabTo(page, queueRows(page).first());
}

/** Moves to the notebook entry with `text` by keyboard: Tab into the list (one tab stop), then Home and j. */
async function focusEntry(page: Page, text: string): Promise<void> {
  const target = entry(page, text).getByRole('button').first();
  await tabTo(page, page.getByTestId('entry').getByRole('button').and(page.locator('[tabindex="0"]')).first());
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 200 && !(await target.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('j');
  }
  await expect(target).toBeFocused();
}

/** Confirms the open action dialog with Ctrl+Enter and waits for it to close. */
async function confirm(page: Page, title: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await focusBack(page);
}

/** Waits for the focus to come back from a closed dialog to where it was (the next key goes there). */
async function focusBack(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
}

/** Presses an action key and waits for its dialog; checks the dialog with axe the first time it is seen. */
async function openAction(page: Page, key: string, title: string, check = false) {
  await page.keyboard.press(key);
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  // Keys go where the dialog put the focus: wait for it to land before typing.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  if (check) {
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
  return dialog;
}

test('a colleague’s flag reaches the go-to person, who works it through by keyboard, and the colleague sees it', async ({ browser }) => {
  const ben = await openDesk(browser, ACCOUNTS.ben);
  const gia = await openDesk(browser, ACCOUNTS.gia);
  const stamp = Date.now().toString(36);
  const summary = `Fallen tree blocking Oak Road ${stamp}`;

  // Ben logs it, opens it from his notebook (o) and flags it (f) with the reason.
  await logConcern(ben.page, summary);
  await focusEntry(ben.page, summary);
  await ben.page.keyboard.press('o');
  const benPanel = ben.page.getByTestId('review-panel');
  await expect(benPanel).toContainText(summary);
  // A counter is offered flagging and comments, not a go-to person's work.
  const benActions = benPanel.getByRole('group', { name: 'Actions on this concern' });
  await expect(benActions.getByRole('button', { name: /^Flag/ })).toBeVisible();
  await expect(benActions.getByRole('button', { name: /^Acknowledge/ })).toHaveCount(0);
  await expect(benActions.getByRole('button', { name: /^Resolve/ })).toHaveCount(0);
  const flag = await openAction(ben.page, 'f', 'Flag for a go-to person', true);
  await flag.getByLabel('Why should a go-to person look at this?').fill('Third call about this tree this week');
  await confirm(ben.page, 'Flag for a go-to person');
  await expect(benPanel).toContainText('Third call about this tree this week');
  // Keys of actions a counter may not do do nothing.
  await ben.page.keyboard.press('d');
  await expect(ben.page.getByRole('dialog')).toHaveCount(0);

  // Gia finds it in her queue, flagged, and acts on the current row.
  await findInQueue(gia.page, stamp);
  const row = queueRows(gia.page).filter({ hasText: summary });
  await expect(row).toContainText('Third call about this tree this week');
  await settleAnimations(gia.page);
  await expectNoSeriousA11yViolations(gia.page);

  // Acknowledging reviews the flag and, as nobody has it yet, makes it Gia's: it stays in her queue.
  await openAction(gia.page, 'a', 'Acknowledge', true);
  await confirm(gia.page, 'Acknowledge');
  await expect(row).toContainText('Acknowledged');
  await expect(row).toContainText('Gia Park');

  const comment = await openAction(gia.page, 'c', 'Comment', true);
  await gia.page.keyboard.type('@Ben');
  await expect(comment.getByRole('option', { name: /Ben Cole/ })).toBeVisible();
  await gia.page.keyboard.press('Enter');
  await gia.page.keyboard.type(' the crew is booked for Monday');
  await expect(comment).toContainText('Will let know: Ben Cole');
  await confirm(gia.page, 'Comment');

  const assign = await openAction(gia.page, 's', 'Assign', true);
  await gia.page.keyboard.type('Gia');
  await expect(assign.getByRole('option', { name: /Gia Park/ })).toBeVisible();
  // Enter on the highlighted person assigns at once.
  await gia.page.keyboard.press('Enter');
  await expect(assign).toBeHidden();
  await focusBack(gia.page);
  await expect(row).toContainText('Gia Park');

  await openAction(gia.page, 'p', 'Change priority', true);
  await gia.page.keyboard.press('ArrowDown');
  await confirm(gia.page, 'Change priority');
  await expect(row).toContainText(/high/i);

  const respond = await openAction(gia.page, 'r', 'Record a response to the citizen', true);
  await respond.getByLabel('What was said').fill('Told her the crew comes Monday morning');
  await confirm(gia.page, 'Record a response to the citizen');

  await openAction(gia.page, 'd', 'Resolve', true);
  await gia.page.keyboard.type('Tree cleared by the parks crew');
  await gia.page.keyboard.press('Control+Enter');
  await expect(gia.page.getByRole('dialog', { name: 'Resolve' })).toBeHidden();
  // Resolved, it leaves the queue.
  await expect(row).toHaveCount(0);

  // Ben hears of the mention, opens it, and reads the whole trail on the timeline.
  const mentions = ben.page.getByRole('region', { name: 'You were mentioned' });
  await expect(mentions.getByTestId('mention-alert')).toHaveCount(1, { timeout: 15_000 });
  await expect(mentions).toContainText('the crew is booked for Monday');
  await tabTo(ben.page, mentions.getByRole('button', { name: /^Open the concern/ }));
  await ben.page.keyboard.press('Enter');
  await expect(mentions).toBeHidden();
  const timeline = ben.page.getByTestId('review-panel').getByRole('list', { name: /Timeline/ });
  for (const text of [
    'Ben Cole flagged it for a go-to person',
    'Gia Park commented',
    'Gia Park recorded a response to the citizen (phone)',
    'Tree cleared by the parks crew',
  ]) {
    await expect(timeline).toContainText(text);
  }
  await expect(timeline).toContainText('Told her the crew comes Monday morning');
  await expect(ben.page.getByTestId('review-panel')).toContainText('Resolved');
  await settleAnimations(ben.page);
  await expectNoSeriousA11yViolations(ben.page);

  await Promise.all([ben.context.close(), gia.context.close()]);
});

test('duplicates are suggested with reasons and merged without losing anyone; bulk assign fills the workload', async ({ browser }) => {
  const ben = await openDesk(browser, ACCOUNTS.ben);
  const gia = await openDesk(browser, ACCOUNTS.gia);
  const stamp = Date.now().toString(36);
  const first = `Streetlight out on Elm Street by the bakery ${stamp} !high`;
  const second = `Elm Street streetlight out near the bakery again ${stamp} !high`;
  await logConcern(ben.page, first);
  await logConcern(ben.page, second);

  await findInQueue(gia.page, stamp);
  await expect(queueRows(gia.page)).toHaveCount(2);
  // Bulk: select both (Shift+X) and assign them to Gia in one go.
  await gia.page.keyboard.press('Shift+X');
  await expect(gia.page.getByRole('group', { name: 'Actions on the selected concerns' })).toContainText('2 selected');
  const assign = await openAction(gia.page, 's', 'Assign');
  await expect(assign).toContainText('2 concerns');
  await gia.page.keyboard.type('Gia');
  await gia.page.keyboard.press('Enter');
  await expect(assign).toBeHidden();
  await focusBack(gia.page);
  await expect(queueRows(gia.page).filter({ hasText: 'Gia Park' })).toHaveCount(2);
  await expect(gia.page.getByRole('region', { name: 'Workload' })).toContainText('Gia Park');

  // Opening one suggests the other, with its reasons.
  await gia.page.keyboard.press('x'); // the current row leaves the selection: one concern again
  await gia.page.keyboard.press('Shift+X');
  await gia.page.keyboard.press('Shift+X');
  await gia.page.keyboard.press('Enter');
  const panel = gia.page.getByTestId('review-panel');
  await expect(panel).toBeVisible();
  const similar = panel.getByRole('region', { name: 'Similar open concerns' }).or(panel.locator('.similar-concerns'));
  await expect(similar).toContainText(/most words shared|some words shared/, { timeout: 10_000 });
  await expect(similar).toContainText('same day');
  await settleAnimations(gia.page);
  await expectNoSeriousA11yViolations(gia.page);

  // Merge by keyboard from the suggestion: both sides shown, the duplicate closed, the count of people up.
  await tabTo(gia.page, similar.getByRole('button', { name: /^Merge into this one/ }).first());
  await gia.page.keyboard.press('Enter');
  const merge = gia.page.getByRole('dialog', { name: 'Mark as duplicate' });
  await expect(merge).toContainText('Kept');
  await expect(merge).toContainText('Duplicate (closed)');
  await settleAnimations(gia.page);
  await expectNoSeriousA11yViolations(gia.page);
  await confirm(gia.page, 'Mark as duplicate');
  await expect(panel).toContainText(/merged into/i);

  // The queue now holds one of the two, raised by 2 people; Ben's desk sees the same.
  await gia.page.keyboard.press('Alt+2');
  await expect(queueRows(gia.page).filter({ hasText: stamp })).toHaveCount(1);
  await expect(queueRows(gia.page).filter({ hasText: stamp })).toContainText('2 people');
  await ben.page.keyboard.press('Alt+2');
  await expect(queueRows(ben.page).filter({ hasText: stamp })).toHaveCount(1, { timeout: 15_000 });

  await Promise.all([ben.context.close(), gia.context.close()]);
});

test('a facilitator reads the queue and the concern but is offered no change', async ({ browser }) => {
  const ben = await openDesk(browser, ACCOUNTS.ben);
  const fay = await openDesk(browser, ACCOUNTS.fay);
  const stamp = Date.now().toString(36);
  await logConcern(ben.page, `Flooded underpass on Mill Road ${stamp} !top`);

  await expect(fay.page.getByRole('textbox', { name: /quick line|log a concern/i })).toHaveCount(0);
  await findInQueue(fay.page, stamp);
  await fay.page.keyboard.press('a');
  await expect(fay.page.getByRole('dialog')).toHaveCount(0);
  await fay.page.keyboard.press('Enter');
  const panel = fay.page.getByTestId('review-panel');
  await expect(panel).toContainText(`Flooded underpass on Mill Road ${stamp}`);
  await expect(panel).toContainText('You can read this concern; go-to people make the changes.');
  await settleAnimations(fay.page);
  await expectNoSeriousA11yViolations(fay.page);
  await Promise.all([ben.context.close(), fay.context.close()]);
});
