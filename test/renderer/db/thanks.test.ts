/**
 * Thank-yous on a desk: the people behind a project read from its linked concerns (contacts and merged
 * duplicates' contacts), a thank-you recorded through the mutator (and waiting in the outbox under the projects'
 * scope), and another desk's thank-you arriving by pull: the person moves to "thanked", and this desk's own
 * pending thank-you of them is refused in words naming who thanked them first.
 */
import { describe, expect, it } from 'vitest';
import type { Contact } from '@shared/domain/concern';
import { contributorKey, projectThanksId } from '@shared/domain/project';
import { encodeCursor } from '@shared/sync/cursor';
import { PROJECTS_SCOPE } from '@shared/sync/scopes';
import { applyPulledPage, contributorsOfProject, readSyncState, runLocalMutation, thanksOfProject, type NotebookDb } from '../../../renderer/src/db';
import { fields, testId } from '../../helpers/concerns';
import { freshDb } from '../../helpers/fake-db';

let second = 0;
const fay = () => ({ at: new Date(Date.UTC(2026, 11, 3, 10, 0, second++)).toISOString(), by: 'Fay Moss' });
const contact = (changes: Partial<Contact>): Contact => ({ name: '', phone: '', email: '', preferredReply: 'none', consentToContact: true, anonymous: false, ...changes });
const ana = contact({ name: 'Ana Silva', email: 'ana@example.org', preferredReply: 'email' });
const ben = contact({ name: 'Ben Okafor', phone: '555 014 2368', preferredReply: 'phone' });
const cleo = contact({ name: 'Cleo Park', email: 'cleo@example.org', consentToContact: false });
const anon = contact({ anonymous: true, preferredReply: 'letter' });
const dora = contact({ name: 'Dora Lind', preferredReply: 'letter' });

/** A desk with concerns from Ana (twice), Ben (a duplicate merged into Dora's), Cleo and someone anonymous, linked to an in-progress project. */
async function deskWithProject(): Promise<{ db: NotebookDb; projectId: string; ids: string[] }> {
  const db = freshDb();
  const ids: string[] = [];
  for (const c of [ana, { ...ana, email: 'ANA@example.org' }, dora, ben, cleo, anon]) {
    const id = testId(Date.UTC(2026, 10, 2 + ids.length));
    await runLocalMutation(db, 'logConcern', { id, fields: fields({ contact: c }) }, fay());
    ids.push(id);
  }
  await runLocalMutation(db, 'mergeConcerns', { id: ids[2] as string, duplicateId: ids[3] as string }, fay());
  const projectId = testId(Date.UTC(2026, 11, 1));
  const linked = [ids[0], ids[1], ids[2], ids[4], ids[5]] as string[];
  await runLocalMutation(db, 'createProject', { id: projectId, fields: { title: 'Fix the lights', status: 'in-progress' }, concernIds: linked }, fay());
  return { db, projectId, ids };
}

let position = 0;
async function pull(db: NotebookDb, changes: Parameters<typeof applyPulledPage>[1]['changes']) {
  const { cursor } = await readSyncState(db);
  position += 1;
  return applyPulledPage(db, { changes, lastMutationId: 0, cursor: encodeCursor({ epoch: 'e1', xid: position, seq: 1 }), epoch: 'e1' }, cursor, '2026-12-03T11:00:00.000Z');
}

describe('contributorsOfProject', () => {
  it('lists each consenting person behind the linked concerns once, by channel, and counts the rest', async () => {
    const { db, projectId, ids } = await deskWithProject();
    const list = await contributorsOfProject(db, projectId);
    expect(list.toThank.map((c) => [c.name, c.channel, c.concernIds])).toEqual([
      ['Ana Silva', 'email', [ids[0], ids[1]]],
      ['Dora Lind', 'letter', [ids[2]]],
      ['Ben Okafor', 'call', [ids[2]]],
    ]);
    expect([list.withoutConsent, list.anonymous, list.thanked.length]).toEqual([1, 1, 0]);
    db.close();
  });

  it('records a thank-you, files it under the projects scope, and refuses a second one at this desk', async () => {
    const { db, projectId, ids } = await deskWithProject();
    const key = contributorKey(ana) as string;
    await runLocalMutation(db, 'recordThanks', { projectId, concernId: ids[1] as string, contributorKey: key, method: 'email', note: '' }, fay());
    const list = await contributorsOfProject(db, projectId);
    expect(list.toThank.map((c) => c.name)).toEqual(['Dora Lind', 'Ben Okafor']);
    expect(list.thanked.map((c) => [c.name, c.thanked?.method, c.thanked?.by])).toEqual([['Ana Silva', 'email', 'Fay Moss']]);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ name: 'recordThanks', concernId: PROJECTS_SCOPE });
    await expect(
      runLocalMutation(db, 'recordThanks', { projectId, concernId: ids[0] as string, contributorKey: key, method: 'letter', note: '' }, { at: '2026-12-03T12:00:00.000Z', by: 'Ian Park' }),
    ).rejects.toThrow(/^Already thanked by Fay Moss on 3 December, by email\.$/);
    expect(await thanksOfProject(db, projectId)).toHaveLength(1);
    db.close();
  });

  it('shows another desk’s thank-you when it arrives, and refuses this desk’s pending one of the same person', async () => {
    const { db, projectId, ids } = await deskWithProject();
    const key = contributorKey(dora) as string;
    await runLocalMutation(db, 'recordThanks', { projectId, concernId: ids[2] as string, contributorKey: key, method: 'letter', note: '' }, fay());
    const theirs = { id: projectThanksId(projectId, key), projectId, contributorKey: key, concernId: ids[2] as string, method: 'phone' as const, note: 'left a message', by: 'Ian Park', at: '2026-12-02T15:00:00.000Z' };
    const outcome = await pull(db, [{ table: 'project_thanks', id: theirs.id, row: theirs }]);
    expect(outcome).toMatchObject({ status: 'applied', rejected: [{ reason: 'Already thanked by Ian Park on 2 December, by phone.' }] });
    const list = await contributorsOfProject(db, projectId);
    expect(list.thanked.map((c) => [c.name, c.thanked?.by, c.thanked?.note])).toEqual([['Dora Lind', 'Ian Park', 'left a message']]);
    db.close();
  });

  it('forgets an unlinked concern’s people', async () => {
    const { db, projectId, ids } = await deskWithProject();
    await runLocalMutation(db, 'unlinkConcern', { projectId, concernId: ids[2] as string }, fay());
    expect((await contributorsOfProject(db, projectId)).toThank.map((c) => c.name)).toEqual(['Ana Silva']);
    db.close();
  });
});
