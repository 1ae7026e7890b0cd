import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { concernReference, type AcknowledgementSettings } from '@shared/domain/acknowledgement';
import type { Contact, ConcernFields } from '@shared/domain/concern';
import { PullResponseSchema } from '@shared/sync/protocol';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import type { DatabaseTarget } from '../../helpers/databases';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import { pullPage } from '../sync/support';
import {
  acknowledgementOutboxRows,
  acknowledgementRows,
  concernId,
  createTestOffice,
  expectMessages,
  fields,
  mutation,
  push,
  pushApplied,
  saveSettings,
  settingsFor,
  waitForAcknowledgement,
  waitForEscalation,
  type TestOffice,
} from './support';
import { workerPool } from './workers';

const CITIZEN: Contact = { name: 'Dana Citizen', phone: '', email: 'dana@example.net', preferredReply: 'email', consentToContact: true, anonymous: false };
const ON: AcknowledgementSettings = {
  enabled: true,
  subject: 'Re: {{summary}} [{{reference}}]',
  body: 'Dear {{name}},\n\n{{office}} has your concern "{{summary}}" (reference {{reference}}).\nExpect a first answer by {{expectedBy}}.',
};

const log = (mutationId: number, n: number, changes: Partial<ConcernFields> = {}) =>
  mutation(mutationId, 'logConcern', { id: concernId(n), fields: fields({ contact: CITIZEN, ...changes }) });
/** An editConcern; the patch names leaf fields by dotted path ('contact.email'). */
const edit = (mutationId: number, n: number, patch: Record<string, unknown>) => mutation(mutationId, 'editConcern', { id: concernId(n), patch });
const citizen = (changes: Partial<Contact>): Contact => ({ ...CITIZEN, ...changes });

/** Citizens' acknowledgements: queued once per concern in the push transaction, delivered by the same worker. */
export function acknowledgementSuite(getDb: () => Db, target: DatabaseTarget): void {
  describe("citizens' acknowledgements", { timeout: 30_000 }, () => {
    let db: Db;
    let app: FastifyInstance;
    let office: TestOffice;
    let smtp: SmtpSink;
    const workers = workerPool();

    beforeEach(async () => {
      db = getDb();
      office = await createTestOffice(db);
      smtp = await startSmtpSink();
      await saveSettings(db, office, settingsFor(smtp.port, { acknowledgement: ON }));
      app = buildApp({ db });
    });
    afterEach(async () => {
      await workers.stopAll();
      await app.close();
      await smtp.kill();
    });

    it('queues one for a concern logged with an address and consent, in the same transaction, and desks pull its state', async () => {
      await pushApplied(app, office, [log(1, 1)]);
      const [row] = await acknowledgementOutboxRows(db);
      expect(row).toMatchObject({ concern_id: concernId(1), state: 'queued', attempts: 0, to_addresses: ['dana@example.net'] });
      const synced = await acknowledgementRows(db);
      expect(synced).toEqual([expect.objectContaining({ id: concernId(1), concernId: concernId(1), state: 'queued', to: 'dana@example.net', attempts: 0, lastError: null })]);
      const { rows } = await db.query<{ n: number }>(
        `select count(distinct xid)::int as n from sync_log where table_name in ('concerns', 'citizen_acknowledgements')`,
      );
      expect(rows[0]?.n).toBe(1);
      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      expect(page.changes.filter((c) => c.table === 'citizen_acknowledgements').map((c) => c.row)).toEqual(synced);
    });

    it('queues none without an address, without consent, for an anonymous citizen, for a closed concern, or when the office has them off', async () => {
      await pushApplied(app, office, [
        log(1, 1, { contact: citizen({ email: '', preferredReply: 'none' }) }),
        log(2, 2, { contact: citizen({ consentToContact: false }) }),
        log(3, 3, { contact: { ...citizen({ name: '', email: '', preferredReply: 'letter' }), anonymous: true } }),
        log(4, 4, { status: 'closed' }),
      ]);
      await saveSettings(db, office, settingsFor(smtp.port, { acknowledgement: { ...ON, enabled: false } }));
      await pushApplied(app, office, [log(5, 5)]);
      expect(await acknowledgementOutboxRows(db)).toEqual([]);
      expect(await acknowledgementRows(db)).toEqual([]);
    });

    it('queues one per concern ever: when the address is added later, and never again on edits or a replayed push', async () => {
      const batch = [log(1, 1, { contact: citizen({ email: '', preferredReply: 'none' }) }), edit(2, 1, { 'contact.email': CITIZEN.email })];
      await pushApplied(app, office, batch);
      expect((await acknowledgementOutboxRows(db)).map((r) => r.concern_id)).toEqual([concernId(1)]);
      const again = await push(app, office.desk, { clientId: office.clientId, mutations: batch });
      expect(again.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
      await pushApplied(app, office, [
        edit(3, 1, { 'contact.email': 'dana.new@example.net' }),
        edit(4, 1, { 'contact.consentToContact': false }),
        edit(5, 1, { 'contact.consentToContact': true, details: 'Still dark' }),
        mutation(6, 'setStatus', { id: concernId(1), from: 'new', to: 'in-progress' }),
      ]);
      expect((await acknowledgementOutboxRows(db)).map((r) => [r.concern_id, r.to_addresses])).toEqual([[concernId(1), ['dana@example.net']]]);
    });

    it('never mails citizens of concerns logged before the office switched acknowledgements on, when those are edited', async () => {
      await saveSettings(db, office, settingsFor(smtp.port, { acknowledgement: { ...ON, enabled: false } }));
      await pushApplied(app, office, [log(1, 1), log(2, 2, { contact: citizen({ consentToContact: false }) })]);
      await saveSettings(db, office, settingsFor(smtp.port, { acknowledgement: ON }));
      await pushApplied(app, office, [edit(3, 1, { details: 'Still dark at night' }), mutation(4, 'setPriority', { id: concernId(1), to: 'high' })]);
      expect(await acknowledgementOutboxRows(db)).toEqual([]);
      // Consent given now, with the feature on: this change makes the citizen one to acknowledge.
      await pushApplied(app, office, [edit(5, 2, { 'contact.consentToContact': true })]);
      expect((await acknowledgementOutboxRows(db)).map((r) => r.concern_id)).toEqual([concernId(2)]);
    });

    it('sends the citizen one plain-text message from the office, placeholders filled, nothing staff-internal, and records "sent"', async () => {
      await workers.start(db);
      await pushApplied(app, office, [log(1, 1, { summary: 'Streetlight out on Elm St', details: 'Internal: ask Ben', priority: 'high' })]);
      const [message] = await smtp.waitForMessages(1);
      const { rows } = await db.query<{ name: string }>('select name from offices where id = $1', [office.officeId]);
      const officeName = rows[0]?.name ?? '';
      expect(message).toMatchObject({ from: 'notebook@town.example', to: ['dana@example.net'] });
      expect(message?.subject).toBe(`Re: Streetlight out on Elm St [${concernReference(concernId(1))}]`);
      expect(message?.messageId).toBe(`<acknowledgement-${concernId(1)}@notebook.town.example>`);
      expect(message?.text).toMatch(
        new RegExp(
          `^Dear Dana Citizen,\\n\\n${officeName} has your concern "Streetlight out on Elm St" \\(reference ${concernReference(concernId(1))}\\)\\.\\n` +
            'Expect a first answer by (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \\d{1,2} [A-Z][a-z]+( \\d{4})? at \\d\\d:\\d\\d\\.\\n$',
        ),
      );
      expect(message?.raw).toMatch(new RegExp(`^From: ${officeName} <notebook@town.example>\\r?$`, 'm'));
      expect(message?.raw).toMatch(/^Auto-Submitted: auto-generated\r?$/m);
      for (const internal of ['text/html', 'Internal: ask Ben', 'Ben at the front desk', 'notebook.town.example/#', 'urgent@town.example', concernId(1)]) {
        expect(message?.text).not.toContain(internal);
        if (internal !== concernId(1)) expect(message?.raw).not.toContain(internal);
      }
      const sent = await waitForAcknowledgement(db, 1, (r) => r.state === 'sent');
      expect(sent).toMatchObject({ attempts: 1, lastError: null, failedAt: null, nextAttemptAt: null, to: 'dana@example.net' });
      await pushApplied(app, office, [edit(2, 1, { summary: 'Two streetlights out' })]);
      await (await workers.start(db)).idle();
      await expectMessages(smtp, 1);
    });

    it('emails a top-priority concern to the office and the citizen, each once, with two workers claiming at once', async () => {
      const other = await target.connect();
      await Promise.all([workers.start(db, { workerId: 'one' }), workers.start(other, { workerId: 'two' })]);
      await pushApplied(app, office, [log(1, 1, { priority: 'top' }), log(2, 2), log(3, 3)]);
      await expectMessages(smtp, 4);
      expect(smtp.messages.map((m) => m.to.join()).sort()).toEqual(['dana@example.net', 'dana@example.net', 'dana@example.net', 'urgent@town.example,mayor@town.example']);
      await waitForEscalation(db, 1, (r) => r.state === 'sent');
      for (const n of [1, 2, 3]) expect(await waitForAcknowledgement(db, n, (r) => r.state === 'sent')).toMatchObject({ attempts: 1 });
    });

    it('retries after a 4xx answer with the reason on the synced row, and sends once the mail server takes it', async () => {
      await smtp.setMode('tempfail');
      await workers.start(db, { backoff: () => 300 });
      await pushApplied(app, office, [log(1, 1)]);
      const retrying = await waitForAcknowledgement(db, 1, (r) => r.attempts >= 2 && r.state === 'queued');
      expect(retrying.lastError).toMatch(/asked to try again later \(code 451\)/);
      expect(retrying.nextAttemptAt).not.toBeNull();
      await smtp.setMode('accept');
      expect((await waitForAcknowledgement(db, 1, (r) => r.state === 'sent')).attempts).toBeGreaterThanOrEqual(3);
      await expectMessages(smtp, 1);
    });

    it("records 'failed' with the reason after a 5xx answer or the office's last attempt", async () => {
      await smtp.setMode('permfail');
      await workers.start(db);
      await pushApplied(app, office, [log(1, 1)]);
      const refused = await waitForAcknowledgement(db, 1, (r) => r.state === 'failed');
      expect(refused).toMatchObject({ attempts: 1, sentAt: null, nextAttemptAt: null });
      expect(refused.lastError).toMatch(/refused the email with code 550/);

      await smtp.setMode('tempfail');
      await saveSettings(db, office, settingsFor(smtp.port, { maxAttempts: 2 }));
      await pushApplied(app, office, [log(2, 2)]);
      const gaveUp = await waitForAcknowledgement(db, 2, (r) => r.state === 'failed');
      expect(gaveUp).toMatchObject({ attempts: 2 });
      expect(gaveUp.lastError).toMatch(/code 451/);
      expect(smtp.messages).toEqual([]);
    });

    it('sends none, saying why, when the consent, the concern or the office setting went away before it went out', async () => {
      await pushApplied(app, office, [log(1, 1), edit(2, 1, { 'contact.consentToContact': false }), log(3, 2), mutation(4, 'deleteConcern', { id: concernId(2) })]);
      await workers.start(db);
      expect((await waitForAcknowledgement(db, 1, (r) => r.state === 'failed')).lastError).toMatch(/consent to be contacted was removed/);
      expect((await waitForAcknowledgement(db, 2, (r) => r.state === 'failed')).lastError).toMatch(/deleted before its acknowledgement went out/);
      await workers.stopAll();

      await pushApplied(app, office, [log(5, 3)]);
      await saveSettings(db, office, settingsFor(smtp.port, { acknowledgement: { ...ON, enabled: false } }));
      await workers.start(db);
      expect((await waitForAcknowledgement(db, 3, (r) => r.state === 'failed')).lastError).toMatch(/turned citizen acknowledgements off/);
      expect(smtp.messages).toEqual([]);
    });
  });
}
