/**
 * Projects (issue 7), by keyboard, on desks of one office: Gia (a go-to person) logs concerns, makes a project
 * from a theme of the month in the meeting view, links more concerns from the review queue, unlinks one from a
 * concern's page, edits the milestones and moves the project to in progress. Fay's desk (a facilitator) sees
 * it by sync; Ben at the counter reads it and is told who may change it. axe on every projects screen in the
 * light and the dark theme.
 */
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './accounts';
import { expectNoSeriousA11yViolations, logConcern, settleAnimations, tabTo, openDesk } from './support';

const PEOPLE = [
  { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 2368' },
  { name: 'Peter Jones', email: 'pjones@mail.test', phone: '(212) 555-0199' },
  { name: 'Ann Smith', email: 'ann.smith@post.test', phone: '07700 900123' },
];
const TOPICS = [
  (p: (typeof PEOPLE)[number]) => `Streetlight out and dark at night on the lane. My name is ${p.name}, call ${p.phone}`,
  (p: (typeof PEOPLE)[number]) => `Streetlight broken, street dark again near the lane. I'm ${p.name}, email ${p.email}`,
  (p: (typeof PEOPLE)[number]) => `Bins not collected, missed bin collection this week. Regards, ${p.name}`,
  (p: (typeof PEOPLE)[number]) => `Missed bins, rubbish bin collection skipped again. ${p.name}, ${p.phone}`,
];
const RUN = Date.now().toString(36);
const EXTRA = `Graffiti on the library wall ${RUN}`;
const REFUSAL = 'Only a facilitator, a go-to person or an admin can change projects or link concerns to them.';


/** axe in the light and the dark theme, the page left in the light one. */
async function checkBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
}

const projectPage = (page: Page) => page.getByTestId('project-page');
const figures = (page: Page) => page.getByTestId('project-figures');

test('a project made from a theme, linked, unlinked, planned and started by keyboard, seen at another desk', async ({ browser }) => {
  test.setTimeout(240_000);
  const gia = await openDesk(browser, ACCOUNTS.gia);
  const page = gia.page;

  // The projects view before any project: the empty state says how to make one.
  await page.keyboard.press('Alt+4');
  const view = page.getByTestId('projects-view');
  await expect(view).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Projects', level: 2 })).toBeFocused();
  const hasNone = await view.getByText('No projects yet').isVisible();
  if (hasNone) await expect(view.getByText('Make a project from this theme', { exact: false })).toBeVisible();
  await checkBothThemes(page);

  // Concerns of this month, and one more to link from the queue.
  await page.keyboard.press('Alt+n');
  for (const person of PEOPLE) for (const topic of TOPICS) await logConcern(page, `${topic(person)} ${RUN}`);
  // High priority, so it waits in the review queue (which holds flagged, high or top, overdue or assigned ones).
  await logConcern(page, `${EXTRA} !high`);

  // The meeting view: this month's themes; the first one opened; a project made from it.
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('meeting-view')).toBeVisible();
  await page.keyboard.press(']');
  const card = page.getByTestId('theme-card').first();
  await expect(card).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('theme-detail');
  await expect(detail).toBeVisible();
  const label = ((await detail.getByRole('heading', { level: 3 }).first().textContent()) ?? '').trim();
  const themeCount = Number(/(\d+) concerns?/.exec((await detail.locator('.meeting-detail-counts').textContent()) ?? '')?.[1]);
  expect(themeCount).toBeGreaterThan(1);
  const make = detail.getByRole('button', { name: 'Make a project from this theme' });
  await checkBothThemes(page);
  await tabTo(page, make, { maxPresses: 30 });
  await page.keyboard.press('Enter');

  // The new project opens: titled after the theme, made from it, its concerns linked.
  await expect(projectPage(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: label, level: 2 })).toBeFocused();
  await expect(projectPage(page).getByText(`Made from the theme “${label}”`)).toBeVisible();
  await expect(figures(page)).toContainText(`${themeCount} linked concerns`);
  await expect(page.getByTestId('project-status')).toHaveText('Proposed');
  await checkBothThemes(page);

  // The review queue: the extra concern, selected, linked to the project with l and the picker.
  await page.keyboard.press('Alt+2');
  const find = page.getByLabel('Find in the queue');
  await tabTo(page, find);
  await page.keyboard.type(RUN);
  await expect(page.getByTestId('queue-row').filter({ hasText: EXTRA })).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(`library wall ${RUN}`);
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await tabTo(page, page.getByTestId('queue-row').first());
  await page.keyboard.press('x');
  await expect(page.getByTestId('queue-bulk').getByRole('button', { name: /Link to project/ })).toBeVisible();
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link to a project' });
  await expect(picker).toBeVisible();
  await expect(picker.getByLabel('Find a project')).toBeFocused();
  await page.keyboard.type(label.slice(0, 12));
  const choice = picker.getByRole('radio', { name: label });
  await tabTo(page, choice);
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  await checkBothThemes(page);
  await tabTo(page, picker.getByRole('button', { name: 'Link', exact: true }));
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();

  // Back on the project (Alt+4 keeps it open): one more linked concern.
  await page.keyboard.press('Alt+4');
  await expect(figures(page)).toContainText(`${themeCount + 1} linked concerns`);
  const linked = projectPage(page).getByTestId('linked-concern');
  await expect(linked).toHaveCount(themeCount + 1);

  // Open the extra concern from the project; on its page, unlink it from the project.
  await tabTo(page, linked.filter({ hasText: EXTRA }).getByRole('button', { name: `Open: ${EXTRA}` }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const section = page.getByTestId('concern-projects');
  await expect(section.getByTestId('concern-project').filter({ hasText: label })).toBeVisible();
  await checkBothThemes(page);
  await tabTo(page, section.getByRole('button', { name: `Unlink “${label}”` }), { maxPresses: 200 });
  await page.keyboard.press('Enter');
  await expect(section.getByText('Not linked to any project.')).toBeVisible();
  // l opens the picker on a concern's page too; Escape closes it and leaves the page as it was.
  await page.keyboard.press('l');
  const again = page.getByRole('dialog', { name: 'Link to a project' });
  await expect(again).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await expect(section).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(projectPage(page)).toBeVisible();
  await expect(figures(page)).toContainText(`${themeCount} linked concerns`);

  // Milestones: add two, name them, tick the first, move the second up, save; progress follows.
  const milestones = projectPage(page).getByTestId('milestones');
  const add = milestones.getByRole('button', { name: 'Add a milestone' });
  await tabTo(page, add, { maxPresses: 60 });
  await page.keyboard.press('Enter');
  await expect(milestones.getByLabel('Milestone 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Survey the street');
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await expect(milestones.getByLabel('Milestone 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Replace the lamps');
  await tabTo(page, milestones.getByRole('checkbox', { name: 'Done: Milestone 1' }), { backwards: true });
  await page.keyboard.press('Space');
  await expect(milestones.getByText('1 of 2 done')).toBeVisible();
  await tabTo(page, milestones.getByRole('button', { name: 'Move milestone 2 up' }));
  await page.keyboard.press('Enter');
  await expect(milestones.getByLabel('Milestone 1', { exact: true })).toHaveValue('Replace the lamps');
  await expect(milestones.getByRole('button', { name: 'Move milestone 1 up' })).toBeFocused();
  await checkBothThemes(page);
  await tabTo(page, projectPage(page).getByRole('button', { name: 'Save changes' }), { maxPresses: 40 });
  await page.keyboard.press('Enter');
  await expect(projectPage(page).getByText('Saved.')).toBeVisible();
  await expect(projectPage(page).getByText('50% done', { exact: true })).toBeVisible();

  // What is typed stays while a linked concern is looked at, and is saved on the way back.
  await projectPage(page).getByLabel('Owner', { exact: true }).fill('Street works team');
  await linked.first().getByRole('button', { name: /^Open: / }).press('Enter');
  await expect(page.getByTestId('concern-projects')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(projectPage(page).getByLabel('Owner', { exact: true })).toHaveValue('Street works team');
  await projectPage(page).getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(projectPage(page).getByText('Saved.')).toBeVisible();

  // A target date before the start date is refused by its field, and what was typed stays.
  await projectPage(page).getByLabel('Start date', { exact: true }).fill('2030-05-02');
  await projectPage(page).getByLabel('Target date', { exact: true }).fill('2030-05-01');
  await projectPage(page).getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(projectPage(page).getByText('The target date cannot be before the start date')).toBeVisible();
  await expect(projectPage(page).getByLabel('Start date', { exact: true })).toHaveValue('2030-05-02');
  await projectPage(page).getByRole('button', { name: 'Undo my changes' }).press('Enter');

  // Move it to in progress.
  await tabTo(page, projectPage(page).getByRole('button', { name: 'In progress', exact: true }), { backwards: true, maxPresses: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('project-status')).toHaveText('In progress');

  // The list: the project's row, opened again with j/k and Enter.
  await page.keyboard.press('Escape');
  const row = page.getByTestId('project-row').filter({ hasText: label });
  await expect(row).toContainText('In progress');
  await expect(row).toContainText('50%');
  await checkBothThemes(page);

  // A second desk, a facilitator's: the project arrives by sync, as Gia left it.
  const fay = await openDesk(browser, ACCOUNTS.fay);
  await fay.page.keyboard.press('Alt+4');
  const fayRow = fay.page.getByTestId('project-row').filter({ hasText: label });
  await expect(fayRow).toContainText('In progress', { timeout: 20_000 });
  await fayRow.focus();
  await fay.page.keyboard.press('Enter');
  await expect(projectPage(fay.page).getByTestId('milestones').getByLabel('Milestone 1', { exact: true })).toHaveValue('Replace the lamps');
  await expect(figures(fay.page)).toContainText(`${themeCount} linked concerns`);

  // Ben at the counter reads the project and is told who may change it; the new project key does nothing.
  const ben = await openDesk(browser, ACCOUNTS.ben);
  await ben.page.keyboard.press('Alt+4');
  const benRow = ben.page.getByTestId('project-row').filter({ hasText: label });
  await expect(benRow).toBeVisible({ timeout: 20_000 });
  await expect(ben.page.getByRole('button', { name: 'New project' })).toHaveCount(0);
  await benRow.focus();
  await ben.page.keyboard.press('Enter');
  await expect(projectPage(ben.page).getByText(REFUSAL)).toBeVisible();
  await expect(projectPage(ben.page).getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(projectPage(ben.page).getByText('Replace the lamps')).toBeVisible();
  await checkBothThemes(ben.page);

  // A new project by hand: n on the list (the view's heading has the focus after Escape), its form checked by axe.
  await expect(page.getByRole('heading', { name: 'Projects', level: 2 })).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByTestId('project-new')).toBeVisible();
  await checkBothThemes(page);
  await tabTo(page, page.getByRole('button', { name: 'Make the project' }), { maxPresses: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Give the project a title')).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(`Library wall ${RUN}`);
  await page.getByRole('button', { name: 'Make the project' }).press('Enter');
  await expect(page.getByRole('heading', { name: `Library wall ${RUN}`, level: 2 })).toBeFocused();

  for (const each of [gia, fay, ben]) await each.context.close();
});
