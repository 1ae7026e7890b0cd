/** What each review action writes for one concern, and which priorities a role may choose. */
import { describe, expect, it } from 'vitest';
import { MutationRejected } from '@shared/sync/errors';
import { allowedPriorities, mutationsFor } from '../../../../../renderer/src/features/review/actions/action-plan';
import { permissionsOf } from '../../../../../renderer/src/features/review/permissions';
import { assignee, concern, flag, snapshot, staff } from './fixtures';

const ana = staff(1, 'Ana Ruiz');
const ben = staff(2, 'Ben Cole');
const cy = staff(3, 'Cy Diaz');

describe('the plan of each action', () => {
  it('acknowledges and marks the open flags reviewed when asked to, naming only the open flags it saw', () => {
    const c = concern();
    const flags = [flag(c.id), flag(c.id)];
    expect(mutationsFor({ kind: 'acknowledge', reviewFlags: true }, snapshot(c, flags))).toEqual([
      { name: 'acknowledgeConcern', args: { id: c.id } },
      { name: 'reviewFlags', args: { id: c.id, flagIds: flags.map((f) => f.id) } },
    ]);
    expect(mutationsFor({ kind: 'acknowledge', reviewFlags: false }, snapshot(c, flags))).toEqual([{ name: 'acknowledgeConcern', args: { id: c.id } }]);
    // No open flags: no reviewFlags at all (it refuses an empty list).
    expect(mutationsFor({ kind: 'acknowledge', reviewFlags: true }, snapshot(c))).toHaveLength(1);
  });

  it("makes a concern nobody has the acknowledger's, and leaves one someone has with them", () => {
    const c = concern();
    expect(mutationsFor({ kind: 'acknowledge', reviewFlags: false, takeOn: cy.id }, snapshot(c))).toEqual([
      { name: 'acknowledgeConcern', args: { id: c.id } },
      { name: 'assignConcern', args: { id: c.id, staffId: cy.id } },
    ]);
    expect(mutationsFor({ kind: 'acknowledge', reviewFlags: false, takeOn: cy.id }, snapshot(c, [], [assignee(c.id, ana.id)]))).toEqual([
      { name: 'acknowledgeConcern', args: { id: c.id } },
    ]);
  });

  it('assigns a concern nobody has, and hands one someone has with a reassign of the first and an unassign of the rest', () => {
    const c = concern();
    expect(mutationsFor({ kind: 'assign', staffId: ana.id }, snapshot(c))).toEqual([{ name: 'assignConcern', args: { id: c.id, staffId: ana.id } }]);
    const rows = [assignee(c.id, ben.id), assignee(c.id, cy.id)];
    expect(mutationsFor({ kind: 'assign', staffId: ana.id }, snapshot(c, [], rows))).toEqual([
      { name: 'reassignConcern', args: { id: c.id, fromStaffId: ben.id, addIds: rows[0]?.addIds, toStaffId: ana.id } },
      { name: 'unassignConcern', args: { id: c.id, staffId: cy.id, addIds: rows[1]?.addIds } },
    ]);
  });

  it('leaves someone already assigned in place and takes the others off; "Nobody" unassigns everyone it saw', () => {
    const c = concern();
    const rows = [assignee(c.id, ana.id), assignee(c.id, ben.id)];
    expect(mutationsFor({ kind: 'assign', staffId: ana.id }, snapshot(c, [], rows))).toEqual([
      { name: 'unassignConcern', args: { id: c.id, staffId: ben.id, addIds: rows[1]?.addIds } },
    ]);
    expect(mutationsFor({ kind: 'assign', staffId: ana.id }, snapshot(c, [], rows.slice(0, 1)))).toEqual([]);
    expect(mutationsFor({ kind: 'assign', staffId: null }, snapshot(c, [], rows)).map((m) => m.name)).toEqual(['unassignConcern', 'unassignConcern']);
  });

  it('guards priority and status with the value the concern has now, and does nothing when it is already so', () => {
    const c = concern({ priority: 'high', status: 'acknowledged' });
    expect(mutationsFor({ kind: 'priority', to: 'top' }, snapshot(c))).toEqual([{ name: 'setPriority', args: { id: c.id, from: 'high', to: 'top' } }]);
    expect(mutationsFor({ kind: 'priority', to: 'high' }, snapshot(c))).toEqual([]);
    expect(mutationsFor({ kind: 'status', to: 'in-progress' }, snapshot(c))).toEqual([
      { name: 'setStatus', args: { id: c.id, from: 'acknowledged', to: 'in-progress' } },
    ]);
    expect(mutationsFor({ kind: 'status', to: 'acknowledged' }, snapshot(c))).toEqual([]);
  });

  it('resolves from the status it has, with the note, through the status dialog too, and refuses one already resolved', () => {
    const c = concern({ status: 'in-progress' });
    const f = flag(c.id);
    const resolved = [
      { name: 'resolveConcern', args: { id: c.id, from: 'in-progress', note: 'Lamp replaced' } },
      { name: 'reviewFlags', args: { id: c.id, flagIds: [f.id] } },
    ];
    expect(mutationsFor({ kind: 'resolve', note: 'Lamp replaced', reviewFlags: true }, snapshot(c, [f]))).toEqual(resolved);
    expect(mutationsFor({ kind: 'status', to: 'resolved', note: 'Lamp replaced', reviewFlags: true }, snapshot(c, [f]))).toEqual(resolved);
    expect(() => mutationsFor({ kind: 'resolve', note: 'Again', reviewFlags: false }, snapshot(concern({ status: 'resolved' })))).toThrow(
      MutationRejected,
    );
  });

  it('marks reviewed only the open flags the dialog listed', () => {
    const c = concern();
    const [seen, raisedMeanwhile] = [flag(c.id), flag(c.id)];
    expect(mutationsFor({ kind: 'reviewFlags', seen: [seen.id] }, snapshot(c, [seen, raisedMeanwhile]))).toEqual([
      { name: 'reviewFlags', args: { id: c.id, flagIds: [seen.id] } },
    ]);
    expect(mutationsFor({ kind: 'reviewFlags', seen: [] }, snapshot(c, [seen]))).toEqual([]);
  });

  it('writes a comment with its mentions, a flag with its reason and a response with its method', () => {
    const c = concern();
    expect(mutationsFor({ kind: 'comment', text: 'Hi @Ana Ruiz', mentions: [ana.id] }, snapshot(c))).toEqual([
      { name: 'addComment', args: { id: c.id, text: 'Hi @Ana Ruiz', mentions: [ana.id] } },
    ]);
    expect(mutationsFor({ kind: 'flag', reason: 'Angry caller' }, snapshot(c))).toEqual([{ name: 'flagConcern', args: { id: c.id, reason: 'Angry caller' } }]);
    expect(mutationsFor({ kind: 'respond', method: 'email', text: 'Fixed Monday' }, snapshot(c))).toEqual([
      { name: 'recordResponse', args: { id: c.id, method: 'email', text: 'Fixed Monday' } },
    ]);
  });

  it('merges each duplicate into the one kept, and refuses to merge the kept one into itself', () => {
    const kept = concern();
    const dups = [concern(), concern()];
    const plans = dups.map((d) => mutationsFor({ kind: 'merge', into: kept.id }, snapshot(d)));
    expect(plans).toEqual(dups.map((d) => [{ name: 'mergeConcerns', args: { id: kept.id, duplicateId: d.id } }]));
    expect(() => mutationsFor({ kind: 'merge', into: kept.id }, snapshot(kept))).toThrow('cannot be merged into itself');
  });
});

describe('the priorities a role may choose', () => {
  it('lets a go-to person, an admin and a desk with no office choose any', () => {
    for (const role of ['goto', 'admin', undefined] as const) {
      expect(allowedPriorities(permissionsOf(role), ['top', 'normal'])).toEqual(['normal', 'high', 'top']);
    }
  });

  it('lets counter staff keep or raise a priority, for every concern chosen, never lower one', () => {
    const counter = permissionsOf('counter');
    expect(allowedPriorities(counter, ['normal'])).toEqual(['normal', 'high', 'top']);
    expect(allowedPriorities(counter, ['high'])).toEqual(['high', 'top']);
    expect(allowedPriorities(counter, ['normal', 'top'])).toEqual(['top']);
  });

  it('lets a facilitator choose nothing but what each concern already has', () => {
    expect(allowedPriorities(permissionsOf('facilitator'), ['high'])).toEqual(['high']);
    expect(allowedPriorities(permissionsOf('facilitator'), ['high', 'normal'])).toEqual([]);
  });
});
