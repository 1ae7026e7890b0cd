/**
 * The intake core on PGlite and PostgreSQL: a submission becomes a concern with the web-form channel that a
 * desk's pull brings in, its citizen is acknowledged only with an email and consent, its reference finds it (in
 * its own office only), and a refused submission stores nothing.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import type { HistoryEntry } from '@shared/domain/history';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { findByReference, formatReference, intakeConcern, IntakeInvalid, MAX_SUBMISSION_DETAILS, type IntakeSubmission } from '../../../server/src/intake/intake';
import { describeEachDatabase } from '../../helpers/databases';
import { createStaff, useFastPasswords } from '../../helpers/staff';
import { startSmtpSink } from '../../helpers/smtp-sink-process';
import { acknowledgementOutboxRows, createTestOffice, saveSettings, settingsFor, type TestOffice } from '../escalations/support';
import { workerPool } from '../escalations/workers';
import { pullPage } from '../sync/support';

useFastPasswords();

/** A web-form submission with any changes. */
function submission(changes: Partial<IntakeSubmission> = {}): IntakeSubmission {
  return {
    source: 'web-form',
    channel: 'web-form',
    author: 'Web form',
    receivedAt: new Date('2026-12-01T10:15:00.000Z'),
    summary: 'The bench by the pond in Elm Park is broken',
    details: 'Two slats are missing.',
    category: 'Parks and green spaces',
    location: { address: '', area: 'Elm Park' },
    ...changes,
  };
}

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['concerns', 'concern_history', 'intake_submissions', 'acknowledgement_outbox', 'sync_log']) {
    const { rows } = await db.query<{ n: string }>(`select count(*)::text as n from ${table}`);
    out[table] = Number(rows[0]?.n ?? 0);
  }
  return out;
}

describeEachDatabase('the intake of public submissions', (getDb) => {
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

  it('takes details filled to the brim, the reference line still fitting the concern', async () => {
    const { concernId } = await intakeConcern(db, office.officeId, submission({ details: 'y'.repeat(MAX_SUBMISSION_DETAILS) }));
    const { rows } = await db.query<{ row: Concern }>('select row from concerns where id = $1', [concernId]);
    expect(rows[0]?.row.details).toMatch(/^y{9936}\n\nReference given to the citizen: [0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });

  it('logs a concern with the web-form channel and its author, which a desk pulls at its next sync', async () => {
    const { concernId, reference } = await intakeConcern(db, office.officeId, submission());
    expect(reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);

    const page = await pullPage(app, office.desk, { clientId: randomUUID() });
    const concern = page.changes.find((c) => c.table === 'concerns' && c.id === concernId)?.row as Concern | undefined;
    expect(concern).toMatchObject({
      channel: 'web-form',
      summary: 'The bench by the pond in Elm Park is broken',
      category: 'Parks and green spaces',
      location: { address: '', area: 'Elm Park' },
      priority: 'normal',
      status: 'new',
      createdBy: 'Web form',
      createdAt: '2026-12-01T10:15:00.000Z',
      contact: { name: '', email: '', phone: '', anonymous: true, consentToContact: false },
    });
    // Staff find it by the reference a citizen quotes on the phone: it ends the details.
    expect(concern?.details).toBe(`Two slats are missing.\n\nReference given to the citizen: ${formatReference(reference)}`);
    const history = page.changes.filter((c) => c.table === 'concern_history').map((c) => c.row as HistoryEntry);
    expect(history).toEqual([expect.objectContaining({ concernId, kind: 'created', by: 'Web form' })]);
  });

  it('gives every submission its own concern, history ids and reference, counting the office origin up', async () => {
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await intakeConcern(db, office.officeId, submission({ summary: `Suggestion ${i}` })));
    expect(new Set(results.map((r) => r.concernId)).size).toBe(5);
    expect(new Set(results.map((r) => r.reference)).size).toBe(5);
    const { rows: history } = await db.query<{ id: string }>('select id from concern_history where office_id = $1', [office.officeId]);
    expect(new Set(history.map((h) => h.id)).size).toBe(5);
    const { rows } = await db.query<{ last_mutation_id: string }>('select last_mutation_id from intake_origins where office_id = $1', [office.officeId]);
    expect(rows[0]?.last_mutation_id).toBe('5');
  });

  it("queues the citizen's acknowledgement only for an email with consent to be contacted", async () => {
    await saveSettings(db, office, settingsFor(2525, { acknowledgement: { enabled: true, subject: 'We have it ({{reference}})', body: 'Thank you.' } }));
    const withBoth = await intakeConcern(db, office.officeId, submission({ contact: { name: 'Dana', email: 'dana@example.net', consentToContact: true } }));
    await intakeConcern(db, office.officeId, submission({ contact: { name: 'Eli', email: 'eli@example.net', consentToContact: false } }));
    await intakeConcern(db, office.officeId, submission({ contact: { name: 'Fay', phone: '555 014 2368', consentToContact: true } }));
    const queued = await acknowledgementOutboxRows(db);
    expect(queued.map((r) => [r.concern_id, r.to_addresses])).toEqual([[withBoth.concernId, ['dana@example.net']]]);

    const { rows } = await db.query<{ row: Concern }>('select row from concerns where id = $1', [withBoth.concernId]);
    expect(rows[0]?.row.contact).toMatchObject({ name: 'Dana', email: 'dana@example.net', preferredReply: 'email', consentToContact: true, anonymous: false });
  });

  it('emails the citizen the reference number the form showed them, not the concern\'s short one', async () => {
    const smtp = await startSmtpSink();
    const workers = workerPool();
    try {
      await saveSettings(db, office, settingsFor(smtp.port, { acknowledgement: { enabled: true, subject: 'We have it ({{reference}})', body: 'Quote {{reference}}.' } }));
      await workers.start(db);
      const { reference } = await intakeConcern(db, office.officeId, submission({ contact: { name: 'Dana', email: 'dana@example.net', consentToContact: true } }));
      const [message] = await smtp.waitForMessages(1);
      expect(message?.subject).toBe(`We have it (${formatReference(reference)})`);
      expect(message?.text).toBe(`Quote ${formatReference(reference)}.\n`);
    } finally {
      await workers.stopAll();
      await smtp.kill();
    }
  });

  it("stores nothing when the caller's own rows fail in the submission's transaction", async () => {
    const before = await counts(db);
    const failing = intakeConcern(db, office.officeId, submission(), {
      withinTransaction: async (tx, logged) => {
        expect((await tx.query('select 1 from intake_submissions where concern_id = $1', [logged.concernId])).rows).toHaveLength(1);
        throw new Error('the caller could not store its rows');
      },
    });
    await expect(failing).rejects.toThrow('the caller could not store its rows');
    expect(await counts(db)).toEqual(before);
  });

  it('queues no acknowledgement while the office has the auto-responder off', async () => {
    await intakeConcern(db, office.officeId, submission({ contact: { email: 'dana@example.net', consentToContact: true } }));
    expect(await acknowledgementOutboxRows(db)).toEqual([]);
  });

  it('finds a submission by its reference however it is typed, and only in its own office', async () => {
    const { concernId, reference } = await intakeConcern(db, office.officeId, submission());
    const shown = formatReference(reference);
    for (const typed of [reference, shown, ` ${shown.toLowerCase()} `, shown.replace('-', ' ')]) {
      expect(await findByReference(db, typed)).toMatchObject({ reference, concernId, officeId: office.officeId, source: 'web-form' });
    }
    expect(await findByReference(db, shown, office.officeId)).toMatchObject({ concernId });
    const other = await createStaff(db, { role: 'admin', officeName: 'Elmford Library' });
    expect(await findByReference(db, shown, other.officeId)).toBeUndefined();
    expect(await findByReference(db, 'K7M2Q-9XD4F')).toBeUndefined();
    expect(await findByReference(db, 'not a reference')).toBeUndefined();
  });

  it('refuses a submission a desk could not log either, by field, and stores nothing', async () => {
    const before = await counts(db);
    const bad = submission({ summary: '   ', contact: { name: 'Gus', consentToUpdates: true }, category: 'x'.repeat(61), details: 'x'.repeat(MAX_SUBMISSION_DETAILS + 1) });
    const error = await intakeConcern(db, office.officeId, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntakeInvalid);
    expect((error as IntakeInvalid).issues.map((i) => i.path)).toEqual(expect.arrayContaining(['summary', 'contact.email', 'category', 'details']));
    expect(await counts(db)).toEqual(before);
    const { rows } = await db.query('select * from intake_origins');
    expect(rows).toEqual([]);
  });
});
