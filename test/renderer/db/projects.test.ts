/**
 * Projects on a desk: made and linked through the mutators (runLocalMutation, so each also waits in the outbox
 * under the projects' scope), received by pull, and read back the way the projects view reads them.
 */
import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { Contact } from '@shared/domain/concern';
import { projectLinkId, type ProjectLink, type ProjectSource } from '@shared/domain/project';
import { encodeCursor } from '@shared/sync/cursor';
import { PROJECTS_SCOPE } from '@shared/sync/scopes';
import {
  applyPulledPage,
  linkedConcernsOf,
  projectsFromMonth,
  projectsOfConcern,
  projectSummaries,
  projectSummary,
  readSyncState,
  runLocalMutation,
  type NotebookDb,
} from '../../../renderer/src/db';
import { fields } from '../../helpers/concerns';
import { freshDb } from '../../helpers/fake-db';
import { concernId } from '../../shared/sync/fixtures';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const P2 = '0195f1a0-0000-7000-8000-0000000000a2';
let second = 0;
/** Fay at this desk, one second later each time. */
const fay = () => ({ at: new Date(Date.UTC(2026, 11, 3, 10, 0, second++)).toISOString(), by: 'Fay Moss' });
const contact = (changes: Partial<Contact>): Contact => ({ name: '', phone: '', email: '', preferredReply: 'none', consentToContact: false, anonymous: false, ...changes });

/** Logs concern n with this contact at this desk. */
const log = (db: NotebookDb, n: number, who: Partial<Contact>) => runLocalMutation(db, 'logConcern', { id: concernId(n), fields: fields({ summary: `Concern ${n}`, contact: contact(who) }) }, fay());

describe('project reads', () => {
  it('counts linked concerns, the people who raised them and distinct contributors, and files changes under the projects scope', async () => {
    const db = freshDb();
    await log(db, 0, { name: 'Maria Lopez', email: 'maria@example.org' });
    await log(db, 1, { name: 'maria lopez', email: ' MARIA@example.org ' }); // the same person again
    await log(db, 2, { anonymous: true });
    await log(db, 3, { phone: '555 014 2368' });
    await log(db, 4, { name: 'Ben' });
    // 4 is a duplicate of 3: 3 now counts two people and carries 4's contact.
    await runLocalMutation(db, 'mergeConcerns', { id: concernId(3), duplicateId: concernId(4) }, fay());
    await runLocalMutation(db, 'createProject', { id: P1, fields: { title: 'Lights' }, concernIds: [0, 1, 2, 3, 4].map(concernId) }, fay());
    await runLocalMutation(db, 'createProject', { id: P2, fields: { title: 'Bins' } }, fay());

    expect(await projectSummary(db, P1)).toMatchObject({ concernCount: 5, people: 5, contributors: 3, progress: 0 });
    const all = await projectSummaries(db);
    expect(all.map((s) => [s.project.title, s.concernCount, s.people])).toEqual([
      ['Bins', 0, 0],
      ['Lights', 5, 5],
    ]);
    const outbox = (await db.outbox.toArray()).filter((e) => e.name.includes('Project'));
    expect(outbox.map((e) => e.concernId)).toEqual([PROJECTS_SCOPE, PROJECTS_SCOPE]);
  });

  it('lists a project\'s linked concerns newest link first and a concern\'s projects, leaving out unlinked and deleted ones', async () => {
    const db = freshDb();
    for (const n of [0, 1, 2]) await log(db, n, { name: `Person ${n}` });
    await runLocalMutation(db, 'createProject', { id: P1, fields: { title: 'Lights' }, concernIds: [concernId(0)] }, fay());
    await runLocalMutation(db, 'createProject', { id: P2, fields: { title: 'Bins' }, concernIds: [concernId(0)] }, fay());
    await runLocalMutation(db, 'linkConcerns', { projectId: P1, concernIds: [concernId(1), concernId(2)] }, fay());
    await runLocalMutation(db, 'unlinkConcern', { projectId: P1, concernId: concernId(1) }, fay());
    await runLocalMutation(db, 'deleteConcern', { id: concernId(2) }, fay());
    await runLocalMutation(db, 'editProject', { id: P1, patch: { owner: 'Gina' } }, fay());

    expect((await linkedConcernsOf(db, P1)).map((l) => l.concern.id)).toEqual([concernId(0)]);
    expect((await projectsOfConcern(db, concernId(0))).map((p) => p.project.title)).toEqual(['Lights', 'Bins']);
    expect(await projectsOfConcern(db, concernId(1))).toEqual([]);
    expect(await projectSummary(db, P1)).toMatchObject({ concernCount: 1, people: 1 });
  });

  it('lists the projects made from a month\'s themes', async () => {
    const db = freshDb();
    const source: ProjectSource = { kind: 'theme', period: '2026-11', signature: { terms: [{ term: 'lamp', weight: 1 }] }, label: 'Lamps' };
    await runLocalMutation(db, 'createProject', { id: P1, fields: { title: 'Lamps' }, source }, fay());
    await runLocalMutation(db, 'createProject', { id: P2, fields: { title: 'Other' } }, fay());
    expect((await projectsFromMonth(db, '2026-11')).map((p) => p.id)).toEqual([P1]);
    expect(await projectsFromMonth(db, '2026-10')).toEqual([]);
  });
});

describe('projects sync on a desk', () => {
  it('shows another desk\'s link at once in a live query, and keeps a pending unlink on top of a pulled page', async () => {
    const db = freshDb();
    await log(db, 0, { name: 'Ana' });
    await log(db, 1, { name: 'Ben' });
    await runLocalMutation(db, 'createProject', { id: P1, fields: { title: 'Lights' }, concernIds: [concernId(0)] }, fay());
    const seen: number[] = [];
    const subscription = liveQuery(() => linkedConcernsOf(db, P1)).subscribe((rows) => seen.push(rows.length));
    await waitFor(() => seen.at(-1) === 1);
    await runLocalMutation(db, 'unlinkConcern', { projectId: P1, concernId: concernId(0) }, fay());
    await waitFor(() => seen.at(-1) === 0);

    // The server's page: the project and concern 0's link as they were before the unlink arrived, plus Ben's link.
    const project = await db.projects.get(P1);
    const link = (n: number, by: string): ProjectLink => ({
      id: projectLinkId(P1, concernId(n)),
      projectId: P1,
      concernId: concernId(n),
      linkedAt: '2026-12-03T09:00:00.000Z',
      linkedBy: by,
      unlinkedAt: null,
      unlinkedBy: null,
    });
    await pull(db, [
      { table: 'projects', id: P1, row: project! },
      { table: 'project_links', id: link(0, 'Fay Moss').id, row: link(0, 'Fay Moss') },
      { table: 'project_links', id: link(1, 'Ben Cole').id, row: link(1, 'Ben Cole') },
    ]);
    await waitFor(() => seen.at(-1) === 1);
    subscription.unsubscribe();
    expect((await linkedConcernsOf(db, P1)).map((l) => [l.concern.id, l.link.linkedBy])).toEqual([[concernId(1), 'Ben Cole']]);
    expect(await db.project_links.get(link(0, '').id)).toMatchObject({ unlinkedBy: 'Fay Moss' });
  });
});

let position = 0;
/** Receives rows as the server sends them: in a pulled page on top of the desk's cursor. */
async function pull(db: NotebookDb, changes: Parameters<typeof applyPulledPage>[1]['changes']): Promise<void> {
  const { cursor } = await readSyncState(db);
  position += 1;
  const outcome = await applyPulledPage(db, { changes, lastMutationId: 0, cursor: encodeCursor({ epoch: 'e1', xid: position, seq: 1 }), epoch: 'e1' }, cursor, '2026-12-03T11:00:00.000Z');
  expect(outcome.status).toBe('applied');
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
