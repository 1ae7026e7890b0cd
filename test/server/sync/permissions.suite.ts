import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/src/auth/staff-session';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { concernAssigneeId } from '@shared/domain/review';
import type { PushResponse } from '@shared/sync/protocol';
import { concernId, createOffice, createStaff, fields, migrated, mutation, officeRows, push, type TestStaff } from './support';

/** The review queue's mutators, each on a concern of its own, and the roles that may push them. */
const REVIEW_WORK = [
  { name: 'flagConcern', concern: 1, roles: ['counter', 'goto', 'admin'], words: '' },
  { name: 'reviewFlags', concern: 2, roles: ['goto', 'admin'], words: 'mark flags reviewed' },
  { name: 'addComment', concern: 3, roles: ['counter', 'goto', 'admin'], words: '' },
  { name: 'recordResponse', concern: 4, roles: ['counter', 'goto', 'admin'], words: '' },
  { name: 'acknowledgeConcern', concern: 5, roles: ['goto', 'admin'], words: 'acknowledge a concern' },
  { name: 'resolveConcern', concern: 6, roles: ['goto', 'admin'], words: 'resolve a concern' },
  { name: 'assignConcern', concern: 7, roles: ['goto', 'admin'], words: 'assign a concern' },
  { name: 'unassignConcern', concern: 8, roles: ['goto', 'admin'], words: 'unassign a concern' },
  { name: 'reassignConcern', concern: 9, roles: ['goto', 'admin'], words: 'reassign a concern' },
] as const;

const ROLES: readonly Role[] = ['counter', 'goto', 'facilitator', 'admin'];

function refusalOf(role: Role, words: string): string {
  if (role === 'facilitator') return 'Facilitators can read the notebook but not change it, so this change was not saved.';
  return `Only a go-to person or an admin can ${words}, so this change was not saved.`;
}

/** Who may do the review queue's work, through a real push: every new mutator by every role. */
export function permissionsSuite(getDb: () => Db): void {
  describe('review queue permissions', () => {
    let db: Db;
    let app: FastifyInstance;
    let admin: TestStaff;
    let gina: TestStaff;
    let argsOf: (name: (typeof REVIEW_WORK)[number]['name']) => object;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db);
      admin = await createStaff(db, office, { role: 'admin', displayName: 'Ada Admin' });
      gina = await createStaff(db, office, { role: 'goto', displayName: 'Gina Go-to' });
      const c = (n: number) => concernId(n);
      const setup = [
        ...REVIEW_WORK.map((w, n) => mutation(n + 1, 'logConcern', { id: c(w.concern), fields: fields({ summary: `Concern ${w.concern}` }) })),
        mutation(10, 'flagConcern', { id: c(2), reason: 'Third call this week' }),
        mutation(11, 'assignConcern', { id: c(8), staffId: gina.staffId }),
        mutation(12, 'assignConcern', { id: c(9), staffId: gina.staffId }),
      ];
      const res = await push(app, admin, { clientId: randomUUID(), mutations: setup });
      expect(res.json<PushResponse>().results.every((r) => r.status === 'applied')).toBe(true);
      const rows = await officeRows(db, office);
      const flagIds = Object.keys(rows.concern_flags);
      const addIdsOf = (n: number) => rows.concern_assignees[concernAssigneeId(c(n), gina.staffId)]!.addIds;
      const args = {
        flagConcern: { id: c(1), reason: 'The citizen called again' },
        reviewFlags: { id: c(2), flagIds },
        addComment: { id: c(3), text: '@Gina can you call back?', mentions: [gina.staffId] },
        recordResponse: { id: c(4), method: 'phone', text: 'Told him the crew comes Monday' },
        acknowledgeConcern: { id: c(5) },
        resolveConcern: { id: c(6), from: 'new', note: 'Lamp replaced' },
        assignConcern: { id: c(7), staffId: gina.staffId },
        unassignConcern: { id: c(8), staffId: gina.staffId, addIds: addIdsOf(8) },
        reassignConcern: { id: c(9), fromStaffId: gina.staffId, addIds: addIdsOf(9), toStaffId: admin.staffId },
      };
      argsOf = (name) => args[name];
    });
    afterEach(async () => {
      await app.close();
    });

    it.each(ROLES)('lets %s make exactly the review changes its role allows, and a refused one changes no row', async (role) => {
      const staff = role === 'admin' ? admin : role === 'goto' ? gina : await createStaff(db, admin.officeId, { role });
      const clientId = randomUUID();
      for (const [n, work] of REVIEW_WORK.entries()) {
        const before = await officeRows(db, admin.officeId);
        const res = await push(app, staff, { clientId, mutations: [mutation(n + 1, work.name, argsOf(work.name))] });
        const [result] = res.json<PushResponse>().results;
        const after = await officeRows(db, admin.officeId);
        if ((work.roles as readonly Role[]).includes(role)) {
          expect(result, `${work.name} by ${role}`).toEqual({ id: n + 1, status: 'applied' });
          expect(after, `${work.name} by ${role} changed rows`).not.toEqual(before);
        } else {
          expect(result, `${work.name} by ${role}`).toEqual({ id: n + 1, status: 'rejected', code: 'forbidden', reason: refusalOf(role, work.words) });
          expect(after, `${work.name} by ${role} changed no row`).toEqual(before);
        }
      }
    });

    it.each(ROLES)('lets %s change statuses, priorities and merges only as its role allows, and a refused one changes no row', async (role) => {
      const staff = role === 'admin' ? admin : role === 'goto' ? gina : await createStaff(db, admin.officeId, { role });
      const lower = 'Only a go-to person or an admin can lower a priority, so this change was not saved.';
      // Each change gets concerns of its own (logged by the admin first), so one role's change never decides the next.
      const work = [
        { name: 'setPriority', args: (a: string) => ({ id: a, from: 'high', to: 'top' }), roles: ['counter', 'goto', 'admin'], refusal: '' },
        { name: 'setPriority', args: (a: string) => ({ id: a, to: 'normal' }), roles: ['goto', 'admin'], refusal: lower },
        { name: 'editConcern', args: (a: string) => ({ id: a, patch: { priority: 'normal' } }), roles: ['goto', 'admin'], refusal: lower },
        { name: 'editConcern', args: (a: string) => ({ id: a, patch: { priority: 'top', summary: 'Bins not collected on Oak Rd' } }), roles: ['counter', 'goto', 'admin'], refusal: '' },
        { name: 'setStatus', args: (a: string) => ({ id: a, from: 'new', to: 'in-progress' }), roles: ['goto', 'admin'], refusal: refusalOf('counter', 'change a status') },
        { name: 'addTags', args: (a: string) => ({ id: a, tags: ['bins'] }), roles: ['counter', 'goto', 'admin'], refusal: '' },
        { name: 'mergeConcerns', args: (a: string, b: string) => ({ id: a, duplicateId: b }), roles: ['goto', 'admin'], refusal: 'Only a go-to person or an admin can merge concerns, so nothing was merged.' },
        { name: 'deleteConcern', args: (a: string) => ({ id: a }), roles: ['goto', 'admin'], refusal: 'Only a go-to person or an admin can delete a concern, so it was not deleted.' },
      ] as const;
      const adminClient = randomUUID();
      const clientId = randomUUID();
      for (const [n, item] of work.entries()) {
        const [a, b] = [concernId(100 + 2 * n), concernId(101 + 2 * n)];
        const setup = [
          mutation(2 * n + 1, 'logConcern', { id: a, fields: fields({ summary: 'Streetlight out on Elm St', priority: 'high' }) }),
          mutation(2 * n + 2, 'logConcern', { id: b, fields: fields({ summary: 'Streetlight out on Elm Street' }) }),
        ];
        await push(app, admin, { clientId: adminClient, mutations: setup });
        const args = item.args(a, b);
        const before = await officeRows(db, admin.officeId);
        const res = await push(app, staff, { clientId, mutations: [mutation(n + 1, item.name, args)] });
        const [result] = res.json<PushResponse>().results;
        const label = `${item.name} ${JSON.stringify(args)} by ${role}`;
        const after = await officeRows(db, admin.officeId);
        if ((item.roles as readonly string[]).includes(role)) {
          expect(result, label).toEqual({ id: n + 1, status: 'applied' });
          expect(after, `${label} changed rows`).not.toEqual(before);
        } else {
          const reason = role === 'facilitator' ? refusalOf(role, '') : item.refusal;
          expect(result, label).toEqual({ id: n + 1, status: 'rejected', code: 'forbidden', reason });
          expect(after, `${label} changed no row`).toEqual(before);
        }
      }
    });

    it.each(ROLES)('lets %s make the meeting\'s changes only if it facilitates, and a refused one changes no row', async (role) => {
      const staff = role === 'admin' ? admin : role === 'goto' ? gina : await createStaff(db, admin.officeId, { role, displayName: `Pat ${role}` });
      const lights = { terms: [{ term: 'streetlight', weight: 1 }] };
      const decision = { period: '2026-11', kind: 'action', signature: lights, themeLabel: 'Street lights', text: 'Call the contractor', owner: 'Gina' };
      // The admin's own records to change, so each change below has something to work on whatever the role.
      const setup = [
        mutation(1, 'correctTheme', { kind: 'hide', signature: lights }),
        mutation(2, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'places' } }),
        mutation(3, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'channels' } }),
        mutation(4, 'recordDecision', decision),
        mutation(5, 'recordDecision', { ...decision, text: 'Survey Elm St' }),
      ];
      await push(app, admin, { clientId: randomUUID(), mutations: setup });
      const rows = await officeRows(db, admin.officeId);
      const [correction] = Object.keys(rows.theme_corrections);
      const [item1, item2] = Object.keys(rows.meeting_agenda);
      const [decision1, decision2] = Object.keys(rows.meeting_decisions);
      const work = [
        ['correctTheme', { kind: 'rename', signature: lights, label: 'Lights out' }],
        ['withdrawCorrection', { id: correction }],
        ['pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'priorities' } }],
        ['moveAgendaItem', { id: item1, position: 3 }],
        ['unpinFromAgenda', { id: item2 }],
        ['recordDecision', { ...decision, text: 'Write to the council' }],
        ['editDecision', { id: decision1, owner: 'Ada Admin' }],
        ['completeDecision', { id: decision1, done: true }],
        ['withdrawDecision', { id: decision2 }],
      ] as const;
      const mayFacilitate = role !== 'counter';
      const clientId = randomUUID();
      for (const [n, [name, args]] of work.entries()) {
        const before = await officeRows(db, admin.officeId);
        const res = await push(app, staff, { clientId, mutations: [mutation(n + 1, name, args)] });
        const [result] = res.json<PushResponse>().results;
        const after = await officeRows(db, admin.officeId);
        if (mayFacilitate) {
          expect(result, `${name} by ${role}`).toEqual({ id: n + 1, status: 'applied' });
          expect(after, `${name} by ${role} changed rows`).not.toEqual(before);
        } else {
          const reason = "Only a facilitator, a go-to person or an admin can change the meeting's themes, agenda or decisions, so this change was not saved.";
          expect(result, `${name} by ${role}`).toEqual({ id: n + 1, status: 'rejected', code: 'forbidden', reason });
          expect(after, `${name} by ${role} changed no row`).toEqual(before);
        }
      }
    });
  });
}
