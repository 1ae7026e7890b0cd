/**
 * The intake core (server/src/intake) under hostile submissions, as both public endpoints hand them on: any
 * text in every field (markup, control characters, lone surrogates, fields past their limits, emails that are
 * not emails, consent without an email). Each submission is either refused with IntakeInvalid naming fields,
 * and then no table changed at all, or it became exactly one concern holding what was sent (trimmed) with one
 * reference that finds it however it is typed, in its own office only. On both databases.
 */
import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';
import type { Db } from '../../../server/src/db/db';
import { checkedFieldsOf } from '../../../server/src/intake/submission';
import { findByReference, formatReference, intakeConcern, IntakeInvalid, type IntakeSubmission } from '../../../server/src/intake/intake';
import { describeEachDatabase } from '../../helpers/databases';
import { createOffice, useFastPasswords } from '../../helpers/staff';
import { createTestOffice, type TestOffice } from '../escalations/support';
import { hostileText, RUNS, snapshotTables } from './support';

useFastPasswords();

const SLOW_MS = 60_000;

/** A field's text: hostile, or plain text near the field's limit (just under, at, or just over it). */
function field(limit: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constantFrom(limit - 1, limit, limit + 1).map((n) => 'é'.repeat(n)) },
    // Mostly plain: a submission is taken only when every field passes, and both outcomes must occur in a run.
    { weight: 6, arbitrary: fc.constantFrom('', '   ', 'Elm Park', '<b>Elm</b> & "Park"') },
  );
}

const email = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', 'ana@example.org', 'ANA@EXAMPLE.ORG ', 'not an email', 'a@b', '"><script>@x.org', `${'a'.repeat(250)}@x.org`) }, { weight: 1, arbitrary: hostileText });

const submissionArb: fc.Arbitrary<IntakeSubmission> = fc.record({
  source: fc.constant('web-form' as const),
  channel: fc.constant('web-form' as const),
  author: fc.constant('Web form'),
  receivedAt: fc.constant(new Date('2026-12-01T10:15:00.000Z')),
  summary: fc.oneof(fc.constant('The bench by the pond is broken'), field(LIMITS.summary)),
  details: field(LIMITS.details),
  category: fc.oneof(fc.constant(''), field(LIMITS.category)),
  location: fc.record({ address: field(LIMITS.address), area: field(LIMITS.area) }),
  contact: fc.option(
    fc.record(
      { name: field(LIMITS.name), email, phone: fc.oneof(fc.constantFrom('', '+44 20 7946 0000'), field(LIMITS.phone)), consentToContact: fc.boolean(), consentToUpdates: fc.boolean() },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
});

describeEachDatabase('the intake core under hostile submissions', (getDb) => {
  let db: Db;
  let office: TestOffice;

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
  });

  it('refuses with IntakeInvalid and stores nothing, or stores exactly one concern with its reference', async () => {
    const elsewhere = await createOffice(db, 'Other Town');
    let accepted = 0;
    let refused = 0;
    // The tables as the last submission left them: one snapshot per submission, not two.
    let before = await snapshotTables(db);
    await fc.assert(
      fc.asyncProperty(submissionArb, async (submission) => {
        const outcome = await intakeConcern(db, office.officeId, submission).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        const previous = before;
        const after = await snapshotTables(db);
        before = after;
        if ('error' in outcome) {
          refused += 1;
          expect(outcome.error, String(outcome.error)).toBeInstanceOf(IntakeInvalid);
          expect((outcome.error as IntakeInvalid).issues.length).toBeGreaterThan(0);
          expect(after).toEqual(previous);
          return;
        }
        accepted += 1;
        const rowsIn = (snapshot: typeof after, table: string) => Number(snapshot[table]?.split(':')[0]);
        expect(rowsIn(after, 'concerns')).toBe(rowsIn(previous, 'concerns') + 1);
        expect(rowsIn(after, 'intake_submissions')).toBe(rowsIn(previous, 'intake_submissions') + 1);
        const { concernId, reference } = outcome.result;
        const { rows } = await db.query<{ row: Concern }>('select row from concerns where office_id = $1 and id = $2', [office.officeId, concernId]);
        const concern = rows[0]?.row;
        expect(concern?.channel).toBe('web-form');
        // Stored as checked: the text the desks' own schema keeps (trimmed where it trims), markup and all.
        const checked = checkedFieldsOf(submission, reference);
        expect(concern).toMatchObject({ summary: checked.summary, details: checked.details, location: checked.location, contact: checked.contact, priority: 'normal' });
        const typed = ` ${formatReference(reference).toLowerCase().replace('-', ' - ')} `;
        expect((await findByReference(db, typed, office.officeId))?.concernId).toBe(concernId);
        expect(await findByReference(db, typed, elsewhere)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    // Both sides of the property ran: a generator that only ever made refusals would prove little.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, SLOW_MS);
});
