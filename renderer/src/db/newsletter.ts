/**
 * The monthly newsletter as this desk knows it (newsletters, newsletter_unsubscribes; shared/domain/newsletter.ts)
 * and the facts the newsletter view reads from the concerns: who may receive it, and the status and category of
 * a month's concerns for the draft. Plain async functions over the tables, so they run inside Dexie's liveQuery.
 * Changes go through the mutators (shared/sync/mutators/newsletter.ts) with runLocalMutation, never here.
 */
import { reviewStateOf } from '@shared/domain/concern';
import type { Month } from '@shared/domain/meeting';
import { isNewsletterRecipient, type Newsletter } from '@shared/domain/newsletter';
import { normalizeEmail } from '@shared/domain/project';
import { NEWSLETTER_SCOPE } from '@shared/sync/scopes';
import type { NotebookDb, StoredConcern } from './database';

/** A citizen who may receive the newsletter: the name they gave (may be '') and their address as they wrote it. */
export interface NewsletterRecipient {
  readonly name: string;
  readonly email: string;
}

/** The month's issue, or undefined when none was drafted here or synced yet. */
export async function newsletterOf(db: NotebookDb, month: Month): Promise<Newsletter | undefined> {
  return db.newsletters.get(month);
}

/** The unsubscribe keys of every address that asked for no more newsletters. */
export async function unsubscribedKeys(db: NotebookDb): Promise<Set<string>> {
  return new Set(await db.newsletter_unsubscribes.toCollection().primaryKeys());
}

/**
 * Everyone who consented to the newsletter over the office's concerns (each concern's contact and the contacts
 * of the duplicates merged into it), minus the unsubscribed: one per address (normalized), the most recent
 * concern's name kept, in address order. Reads every concern: called when the view asks, not on every change.
 */
export async function newsletterRecipients(db: NotebookDb): Promise<NewsletterRecipient[]> {
  const unsubscribed = await unsubscribedKeys(db);
  const byEmail = new Map<string, NewsletterRecipient & { at: string }>();
  await db.concerns.each((concern: StoredConcern) => {
    for (const contact of [concern.contact, ...reviewStateOf(concern).otherContacts]) {
      if (!isNewsletterRecipient(contact, unsubscribed)) continue;
      const key = normalizeEmail(contact.email);
      const known = byEmail.get(key);
      const name = contact.name.trim();
      if (known !== undefined && (name === '' || (known.name !== '' && known.at >= concern.createdAt))) continue;
      byEmail.set(key, { name, email: known?.email ?? contact.email.trim(), at: concern.createdAt });
    }
  });
  return [...byEmail.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, { name, email }]) => ({ name, email }));
}

/** The status and category of the concerns with these ids (the month's, from the analysis), for the draft. */
export async function concernFacts(db: NotebookDb, ids: readonly string[]): Promise<{ status: string; category: string }[]> {
  const rows = await db.concerns.bulkGet([...ids]);
  return rows.flatMap((row) => (row === undefined ? [] : [{ status: row.status, category: row.category }]));
}

/** How many newsletter changes of this desk have not reached the server yet. */
export async function pendingNewsletterChanges(db: NotebookDb): Promise<number> {
  return db.outbox.where('concernId').equals(NEWSLETTER_SCOPE).count();
}
