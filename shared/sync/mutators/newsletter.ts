/**
 * The newsletter's mutators (shared/domain/newsletter.ts): desks save a month's draft and record a citizen's
 * wish to get no more newsletters. Both are filed under NEWSLETTER_SCOPE (shared/sync/scopes.ts).
 *
 * Merge rules (the server's order decides):
 * - saveNewsletter writes the whole editable content of the month's issue: of two desks saving the same month,
 *   the later save wins (an issue is edited by one person at a time in practice; a per-field merge of sections
 *   would splice two people's texts into something neither wrote). The first save's createdAt/By stay.
 *   Once the server has sent the issue (sentAt set) every save is refused: what went out must stay what is kept.
 * - recordUnsubscribe is idempotent: an address already on the list keeps its first row (the citizen's own link,
 *   or the first member of staff who recorded it), and nobody is told off.
 */
import { z } from 'zod';
import { NewsletterContentSchema, unsubscribeKey, type Newsletter } from '../../domain/newsletter';
import { MonthSchema } from '../../domain/meeting';
import { normalizeEmail } from '../../domain/project';
import { MONTH_NAMES } from '../../patterns/months';
import { MutationRejected } from '../errors';
import { defineMutator, putRow } from '../mutator';

/** "3 December" for an ISO timestamp (its UTC date: the server stamps sentAt, and the words only need the day). */
export function dayAndMonthOf(at: string): string {
  const [, month, day] = at.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1] ?? ''}`.trim();
}

/** Schema of saveNewsletter's args: the month and the whole content of its issue. */
export const SaveNewsletterArgsSchema = NewsletterContentSchema.extend({ month: MonthSchema });

/** A loose but plain check of an email address; the full rules are the mail server's. */
const EmailArgSchema = z
  .string({ error: 'Give the email address to take off the newsletter' })
  .trim()
  .min(1, { error: 'Give the email address to take off the newsletter' })
  .max(320, { error: 'An email address can be at most 320 characters' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'Enter an email address like name@example.org' });

/** Creates or updates a month's newsletter issue; refused once the issue was sent. */
export const saveNewsletter = defineMutator({
  name: 'saveNewsletter',
  args: SaveNewsletterArgsSchema,
  async run(store, { month, ...content }, ctx) {
    const existing = await store.get('newsletters', month);
    if (existing?.sentAt != null) {
      throw new MutationRejected(
        `This issue went out on ${dayAndMonthOf(existing.sentAt)}; start next month's.`,
        'newsletter-sent',
        { month },
      );
    }
    if (existing !== undefined && sameContent(existing, content)) return;
    const row: Newsletter = {
      id: month,
      month,
      ...content,
      createdAt: existing?.createdAt ?? ctx.at,
      createdBy: existing?.createdBy ?? ctx.by,
      updatedAt: ctx.at,
      updatedBy: ctx.by,
      sentAt: null,
      sentBy: null,
    };
    await putRow(store, 'newsletters', row);
  },
});

function sameContent(row: Newsletter, content: z.output<typeof NewsletterContentSchema>): boolean {
  const { subject, intro, sections, closing } = row;
  return JSON.stringify({ subject, intro, sections, closing }) === JSON.stringify(content);
}

/** Records that a citizen asked staff for no more newsletters (by a hash of the address); idempotent. */
export const recordUnsubscribe = defineMutator({
  name: 'recordUnsubscribe',
  args: z.object({ email: EmailArgSchema }),
  async run(store, { email }, ctx) {
    const id = unsubscribeKey(normalizeEmail(email));
    if ((await store.get('newsletter_unsubscribes', id)) !== undefined) return;
    await putRow(store, 'newsletter_unsubscribes', { id, source: 'staff', month: null, at: ctx.at, by: ctx.by });
  },
});

/** The newsletter's mutators, by name (the registry in mutators.ts includes them). */
export const NEWSLETTER_MUTATORS = { saveNewsletter, recordUnsubscribe } as const;
