/**
 * What the meeting's browser tests share: a history file written for the test (synthetic concerns over a few
 * months, with personal data in their text), the personal strings that file holds (what no export or slide may
 * show), and the import by keyboard through settings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type FileChooser, type Page } from '@playwright/test';
import { syntheticConcerns, toHistoryCsv } from '../helpers/synthetic-concerns';
import { tabTo } from './support';

/** A history file on disk and what it holds. */
export interface HistoryFile {
  readonly path: string;
  readonly name: string;
  /** Rows in the file. */
  readonly rows: number;
  /** Rows in the last month (the meeting's month). */
  readonly lastMonthRows: number;
  /** The last month, "YYYY-MM". */
  readonly lastMonth: string;
  /** Every name, email, phone number and street address written into the file's texts. */
  readonly personal: PersonalStrings;
}

/** The citizens' personal strings of a history file, by kind. */
export interface PersonalStrings {
  readonly names: readonly string[];
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly addresses: readonly string[];
}

/** The month before the current one in UTC, "YYYY-MM": the meeting's default month for a desk on UTC. */
export function lastCompleteMonth(now = new Date()): string {
  const year = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const month = now.getUTCMonth() === 0 ? 12 : now.getUTCMonth();
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Writes a history CSV of `count` synthetic concerns over `months` months ending with the last complete month,
 * every citizen who gives details giving them all in the text (personalShare 1), with ids of their own (`prefix`)
 * so a file never collides with another test's.
 */
export function writeHistoryFile({ count, months, prefix, seed = 7 }: { count: number; months: number; prefix: string; seed?: number }): HistoryFile {
  const lastMonth = lastCompleteMonth();
  const made = syntheticConcerns({ count, months, lastMonth, seed, personalShare: 1, idPrefix: prefix });
  const name = `history-${prefix.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`;
  const path = join(mkdtempSync(join(tmpdir(), 'meeting-e2e-')), name);
  writeFileSync(path, toHistoryCsv(made.rows));
  // What is in the texts: the concerns' own personal strings, kept only where the text really holds them.
  const texts = made.rows.map((row) => row.text).join('\n');
  const inText = (value: string) => value !== '' && texts.includes(value);
  const citizens = made.concerns.flatMap((c) => (c.personal.length >= 3 ? [c.personal] : []));
  const unique = (values: readonly string[]) => [...new Set(values)].sort();
  return {
    path,
    name,
    rows: made.rows.length,
    lastMonthRows: made.rows.filter((row) => row.created_at.startsWith(lastMonth)).length,
    lastMonth,
    personal: {
      names: unique(citizens.map((p) => p[0] ?? '').filter((n) => inText(n) || inText(n.split(' ')[1] ?? '\u0000'))),
      emails: unique(citizens.map((p) => p[1] ?? '').filter(inText)),
      // The phone's local part ("014 2368") is in every form the texts write it: spaced, dashed, "(555) 014 2368".
      phones: unique(citizens.map((p) => p[2] ?? '').filter((phone) => inText(phone.slice(4)) || inText(phone.slice(4).replace(' ', '-')))),
      addresses: unique(citizens.map((p) => p[3] ?? '').filter(inText)),
    },
  };
}

/**
 * Every personal string of `personal` that `text` holds, in any letter case (labels and key phrases are lower
 * case): full names, family names as words, emails (and any address at example.org), phone numbers in any of
 * the forms written, and street addresses with their house number.
 */
export function personalDataFound(text: string, personal: PersonalStrings): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const name of personal.names) {
    const family = name.split(' ')[1] ?? '';
    if (lower.includes(name.toLowerCase())) found.push(name);
    else if (family !== '' && new RegExp(`\\b${escape(family)}\\b`, 'i').test(text)) found.push(`${family} (of ${name})`);
  }
  for (const email of personal.emails) if (lower.includes(email.toLowerCase())) found.push(email);
  if (/@example\.org/i.test(text)) found.push('an address @example.org');
  for (const phone of personal.phones) {
    const local = phone.slice(4);
    if ([local, local.replace(' ', '-'), local.replace(' ', '')].some((form) => text.includes(form))) found.push(phone);
  }
  for (const address of personal.addresses) if (lower.includes(address.toLowerCase())) found.push(address);
  return found;
}

/** Opens settings (Ctrl+,), then Import history…, by keyboard. */
export async function openHistoryImport(page: Page): Promise<void> {
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings for this desk' });
  await expect(settings).toBeVisible();
  await tabTo(page, settings.getByRole('button', { name: 'Import history…' }), { maxPresses: 80 });
  await page.keyboard.press('Enter');
  await expect(historyImportDialog(page)).toBeVisible();
}

/** The import screen. */
export function historyImportDialog(page: Page) {
  return page.getByRole('dialog', { name: "Import the office's history" });
}

/**
 * Presses Enter on the focused "Choose a CSV file" and gives back the browser's file picker. The button opens it
 * when the key is released, and Chromium opens a picker only within 5 seconds of the key's press (its transient
 * user activation): on a machine loaded enough to take longer, the picker is silently not opened, as it would be
 * for a person, who would press again. So does the test, up to three times.
 */
async function openFileChooser(page: Page): Promise<FileChooser> {
  for (let attempt = 1; attempt < 3; attempt += 1) {
    const chooser = page.waitForEvent('filechooser', { timeout: 15_000 }).catch(() => undefined);
    await page.keyboard.press('Enter');
    const opened = await chooser;
    if (opened !== undefined) return opened;
  }
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  return chooser;
}

/**
 * Chooses `file` on the open import screen by keyboard (Enter on "Choose a CSV file" opens the browser's file
 * picker, which the test answers) and waits for the preview.
 */
export async function chooseHistoryFile(page: Page, file: HistoryFile): Promise<void> {
  const dialog = historyImportDialog(page);
  await tabTo(page, dialog.getByRole('button', { name: 'Choose a CSV file' }));
  await (await openFileChooser(page)).setFiles(file.path);
  await expect(dialog.getByRole('status').filter({ hasText: `${file.name} is ready to import` })).toBeVisible({ timeout: 30_000 });
}

/** Imports the chosen file by keyboard and waits until the screen says it is done. */
export async function importChosenFile(page: Page, file: HistoryFile): Promise<void> {
  const dialog = historyImportDialog(page);
  await tabTo(page, dialog.getByRole('button', { name: `Import ${file.rows.toLocaleString('en')} concerns` }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: `Imported ${file.rows.toLocaleString('en')} concerns from ${file.name}` })).toBeVisible({ timeout: 60_000 });
}
