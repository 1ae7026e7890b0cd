/**
 * The priority lane as desks see it (issue 4), on PGlite and PostgreSQL: the office profile admins save and
 * every desk pulls (response policy, priority contacts, offline wait), and desks' fallbacks, which keep the
 * server from emailing a concern a desk already sent on itself while it was offline.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PullResponseSchema } from '@shared/sync/protocol';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { defaultResponsePolicy } from '@shared/domain/response-clock';
import { buildApp } from '../../server/src/app';
import { FALLBACK_HOLD_SECONDS } from '../../server/src/escalations/fallbacks';
import type { Db } from '../../server/src/db/db';
import { describeEachDatabase } from '../helpers/databases';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink-process';
import { createStaff, useFastPasswords } from '../helpers/staff';
import { bearer, pullPage } from './sync/support';
import {
  concernId,
  createTestOffice,
  escalationRows,
  logTop,
  mutation,
  outboxRows,
  push,
  pushApplied,
  saveSettings,
  settingsFor,
  waitForEscalation,
  type TestOffice,
} from './escalations/support';
import { workerPool } from './escalations/workers';

useFastPasswords();

const fallback = (mutationId: number, n: number, method = 'phone', note = 'Told Maria on the duty phone') =>
  mutation(mutationId, 'recordEscalationFallback', { id: concernId(n), method, note });

const policyBody = () => ({
  responsePolicy: { ...defaultResponsePolicy('Europe/Berlin'), targets: { top: { unit: 'hours', amount: 2 }, high: { unit: 'business-hours', amount: 4 }, normal: { unit: 'business-days', amount: 3 } } },
  priorityPhone: '+49 30 1234 567',
  offlineFallbackMinutes: 15,
});

describeEachDatabase('priority lane at the desks', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
  });
  afterEach(async () => {
    await app.close();
  });

  describe('the office profile', () => {
    const getProfile = (token: string) => app.inject({ method: 'GET', url: '/api/admin/office-profile', headers: bearer({ token }) });
    const putProfile = (token: string, payload: unknown) =>
      app.inject({ method: 'PUT', url: '/api/admin/office-profile', headers: bearer({ token }), payload: payload as object });

    it('starts as the standard policy, then syncs what the admin saves to every desk, with the priority addresses', async () => {
      const before = await getProfile(office.admin.token);
      expect(before.statusCode).toBe(200);
      expect(before.json<{ profile: OfficeProfile }>().profile).toMatchObject({
        updatedAt: null,
        offlineFallbackMinutes: 10,
        priorityAddresses: [],
        hasResponsePolicy: false,
      });

      await saveSettings(db, office, settingsFor(2525));
      const saved = await putProfile(office.admin.token, policyBody());
      expect(saved.statusCode, saved.body).toBe(200);
      const profile = saved.json<{ profile: OfficeProfile }>().profile;
      expect(profile).toMatchObject({
        id: 'office',
        priorityPhone: '+49 30 1234 567',
        offlineFallbackMinutes: 15,
        priorityAddresses: ['urgent@town.example', 'mayor@town.example'],
      });
      expect(profile.responsePolicy.targets.top).toEqual({ unit: 'hours', amount: 2 });
      expect(profile.hasResponsePolicy).toBe(true);

      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      expect(page.changes.filter((c) => c.table === 'office_profile')).toEqual([{ table: 'office_profile', id: 'office', row: profile }]);
      expect((await getProfile(office.admin.token)).json<{ profile: OfficeProfile }>().profile).toEqual(profile);
    });

    it('syncs the addresses of email settings saved first, without claiming a response policy nobody set', async () => {
      const res = await app.inject({ method: 'PUT', url: '/api/admin/office-settings', headers: bearer(office.admin), payload: settingsFor(2525) });
      expect(res.statusCode, res.body).toBe(200);
      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      expect(page.changes.find((c) => c.table === 'office_profile')?.row).toMatchObject({
        priorityAddresses: ['urgent@town.example', 'mayor@town.example'],
        hasResponsePolicy: false,
      });
    });

    it('refreshes the addresses desks hold when the admin changes the priority addresses', async () => {
      await putProfile(office.admin.token, policyBody());
      const res = await app.inject({
        method: 'PUT',
        url: '/api/admin/office-settings',
        headers: bearer(office.admin),
        payload: settingsFor(2525, { priorityAddresses: ['duty@town.example'] }),
      });
      expect(res.statusCode, res.body).toBe(200);
      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      const rows = page.changes.filter((c) => c.table === 'office_profile');
      expect(rows.at(-1)?.row).toMatchObject({ priorityAddresses: ['duty@town.example'], priorityPhone: '+49 30 1234 567' });
    });

    it('refuses bad input by field and keeps the saved profile', async () => {
      const saved = (await putProfile(office.admin.token, policyBody())).json<{ profile: OfficeProfile }>().profile;
      const bad = policyBody();
      const cases: [unknown, string][] = [
        [{ ...bad, offlineFallbackMinutes: 0 }, 'offlineFallbackMinutes'],
        [{ ...bad, priorityPhone: 'call <script>' }, 'priorityPhone'],
        [{ ...bad, responsePolicy: { ...bad.responsePolicy, timeZone: 'Mars/Olympus' } }, 'responsePolicy.timeZone'],
        [{ ...bad, responsePolicy: { ...bad.responsePolicy, targets: { ...bad.responsePolicy.targets, top: { unit: 'hours', amount: -1 } } } }, 'responsePolicy.targets.top.amount'],
        [{ ...bad, extra: true }, ''],
      ];
      for (const [payload, path] of cases) {
        const res = await putProfile(office.admin.token, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        const body = res.json<{ error: string; issues: { path: string; message: string }[] }>();
        expect(body.error).toBe('invalid');
        expect(body.issues.map((issue) => issue.path)).toContain(path);
      }
      expect((await getProfile(office.admin.token)).json<{ profile: OfficeProfile }>().profile).toEqual(saved);
    });

    it('lets only the office admin read or change it', async () => {
      const counter = await createStaff(db, { officeId: office.officeId, role: 'counter', displayName: 'Cleo' });
      expect((await getProfile(office.desk.token)).statusCode).toBe(403);
      expect((await putProfile(counter.token, policyBody())).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: '/api/admin/office-profile' })).statusCode).toBe(401);
      const other = await createStaff(db, { role: 'admin', displayName: 'Admin elsewhere' });
      await putProfile(other.token, { ...policyBody(), priorityPhone: '999' });
      expect((await getProfile(office.admin.token)).json<{ profile: OfficeProfile }>().profile.priorityPhone).toBe('');
    });
  });

  describe('desk fallbacks', { timeout: 30_000 }, () => {
    const workers = workerPool();
    let sink: SmtpSink;

    beforeEach(async () => {
      sink = await startSmtpSink();
      await saveSettings(db, office, settingsFor(sink.port));
    });
    afterEach(async () => {
      await workers.stopAll();
      await sink.kill();
    });

    it('never emails a concern the desk phoned through while offline, when both changes arrive in one push', async () => {
      await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1), fallback(2, 1), logTop(3, 2)]);
      await waitForEscalation(db, 2, (row) => row.state === 'sent');
      const handled = await waitForEscalation(db, 1, (row) => row.state === 'handled');
      expect(handled.handledAt).not.toBeNull();
      expect(sink.messages.map((message) => message.subject)).toHaveLength(1);
      expect(sink.messages[0]?.raw).not.toContain(concernId(1));
      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      expect(page.changes.filter((c) => c.table === 'escalation_fallbacks').map((c) => c.row)).toEqual([
        expect.objectContaining({ concernId: concernId(1), method: 'phone', note: 'Told Maria on the duty phone', by: 'Ben at the front desk' }),
      ]);
    });

    it('skips the email when the fallback arrives in a later push, before the worker sent it', async () => {
      await pushApplied(app, office, [logTop(1, 1)]);
      expect((await outboxRows(db)).map((row) => row.state)).toEqual(['queued']);
      await pushApplied(app, office, [fallback(2, 1, 'email', '')]);
      expect((await outboxRows(db)).map((row) => row.state)).toEqual(['handled']);
      await workers.start(db);
      await pushApplied(app, office, [logTop(3, 2)]);
      await sink.waitForMessages(1);
      expect(sink.messages).toHaveLength(1);
      expect((await escalationRows(db)).find((row) => row.concernId === concernId(1))?.state).toBe('handled');
    });

    it('leaves an email already sent as sent, and records the fallback beside it', async () => {
      await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      await waitForEscalation(db, 1, (row) => row.state === 'sent');
      await pushApplied(app, office, [fallback(2, 1)]);
      expect((await escalationRows(db)).map((row) => row.state)).toEqual(['sent']);
      expect(sink.messages).toHaveLength(1);
    });

    it('only holds the email, never skips it, when the fallback in the same push is refused', async () => {
      const tooLong = 'x'.repeat(501);
      const res = await push(app, office.desk, { clientId: office.clientId, mutations: [logTop(1, 1), fallback(2, 1, 'phone', tooLong)] });
      expect(res.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(['applied', 'rejected']);
      const { rows } = await db.query<{ state: string; held: boolean }>(
        `select state, next_attempt_at > now() + make_interval(secs => $1) as held from escalation_outbox`,
        [FALLBACK_HOLD_SECONDS - 10],
      );
      expect(rows).toEqual([{ state: 'queued', held: true }]);
    });
  });
});
