/**
 * The newsletter on a desk: the issue saved through the mutator (waiting in the outbox under the newsletter's
 * scope), and who may receive it: the consenting contacts of every concern and of merged duplicates, one per
 * address, minus anyone taken off the list.
 */
import { describe, expect, it } from 'vitest';
import type { Contact } from '@shared/domain/concern';
import { NEWSLETTER_SCOPE } from '@shared/sync/scopes';
import { runLocalMutation } from '../../../renderer/src/db';
import { concernFacts, newsletterOf, newsletterRecipients, pendingNewsletterChanges } from '../../../renderer/src/db/newsletter';
import { fields, testId } from '../../helpers/concerns';
import { freshDb } from '../../helpers/fake-db';

let second = 0;
const fay = () => ({ at: new Date(Date.UTC(2026, 11, 3, 10, 0, second++)).toISOString(), by: 'Fay Moss' });
const contact = (changes: Partial<Contact>): Contact => ({ name: '', phone: '', email: '', preferredReply: 'none', consentToContact: true, anonymous: false, ...changes });

describe('newsletter recipients', () => {
  it('counts each consenting address once, merged duplicates included, never the unsubscribed or those who did not tick', async () => {
    const db = freshDb();
    const people = [
      contact({ name: 'Ana Silva', email: 'ana@example.org', consentToUpdates: true }),
      contact({ name: '', email: 'ANA@example.org ', consentToUpdates: true }),
      contact({ name: 'Ben Okafor', email: 'ben@example.org', consentToUpdates: false }),
      contact({ name: 'Cleo Park', email: 'cleo@example.org' }),
      contact({ name: 'Dora Lind', email: 'dora@example.org', consentToUpdates: true }),
      contact({ name: 'Eve Moss', email: 'eve@example.org', consentToUpdates: true }),
      contact({ name: 'Finn Ray', email: 'finn@example.org', consentToUpdates: true }),
    ];
    const ids: string[] = [];
    for (const c of people) {
      const id = testId(Date.UTC(2026, 10, 2 + ids.length));
      await runLocalMutation(db, 'logConcern', { id, fields: fields({ contact: c }) }, fay());
      ids.push(id);
    }
    // Finn's concern is a duplicate of Cleo's: his consent travels with it.
    await runLocalMutation(db, 'mergeConcerns', { id: ids[3] as string, duplicateId: ids[6] as string }, fay());
    await runLocalMutation(db, 'recordUnsubscribe', { email: 'Eve@Example.org' }, fay());

    expect(await newsletterRecipients(db)).toEqual([
      { name: 'Ana Silva', email: 'ana@example.org' },
      { name: 'Dora Lind', email: 'dora@example.org' },
      { name: 'Finn Ray', email: 'finn@example.org' },
    ]);
  });

  it('saves the issue through the mutator, waiting in the outbox under the newsletter scope', async () => {
    const db = freshDb();
    const content = { subject: 'November news', intro: '', sections: [], closing: '' };
    await runLocalMutation(db, 'saveNewsletter', { month: '2026-11', ...content }, fay());
    expect(await newsletterOf(db, '2026-11')).toMatchObject({ ...content, month: '2026-11', createdBy: 'Fay Moss', sentAt: null });
    expect(await newsletterOf(db, '2026-10')).toBeUndefined();
    expect(await pendingNewsletterChanges(db)).toBe(1);
    expect((await db.outbox.toArray()).map((e) => e.concernId)).toEqual([NEWSLETTER_SCOPE]);
  });

  it("reads only the status and category of the month's concerns for the draft", async () => {
    const db = freshDb();
    const id = testId(Date.UTC(2026, 10, 5));
    await runLocalMutation(db, 'logConcern', { id, fields: fields({ category: 'Roads', status: 'resolved' }) }, fay());
    expect(await concernFacts(db, [id, testId(Date.UTC(2026, 10, 6))])).toEqual([{ status: 'resolved', category: 'Roads' }]);
  });
});
