/**
 * A reference drawn twice: the second submission's transaction fails on the taken reference and is run again
 * with a new one, so it is stored once, whole, under the new reference. The CSPRNG is replaced by a fixed
 * sequence here only, since a real collision of 50 random bits cannot be waited for.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { intakeConcern, type IntakeSubmission } from '../../../server/src/intake/intake';
import type * as ReferenceModule from '../../../server/src/intake/reference';
import { describeEachDatabase } from '../../helpers/databases';
import { createTestOffice, type TestOffice } from '../escalations/support';

const drawn: string[] = [];
vi.mock('../../../server/src/intake/reference', async (importOriginal) => {
  const real = await importOriginal<typeof ReferenceModule>();
  return { ...real, newReference: () => drawn.shift() ?? real.newReference() };
});

const SUBMISSION: IntakeSubmission = {
  source: 'web-form',
  channel: 'web-form',
  author: 'Web form',
  receivedAt: new Date('2026-12-01T10:15:00.000Z'),
  summary: 'More benches',
  details: '',
  category: '',
  location: { address: '', area: '' },
};

describeEachDatabase('a reference drawn twice', (getDb) => {
  let db: Db;
  let office: TestOffice;

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
  });

  it('logs the second submission under a new reference, once', async () => {
    // One reference per attempt: the second submission draws the first one's again, then a new one.
    drawn.push('AAAAAAAAAA', 'AAAAAAAAAA', 'BBBBBBBBBB');
    const first = await intakeConcern(db, office.officeId, SUBMISSION);
    const second = await intakeConcern(db, office.officeId, SUBMISSION);
    expect([first.reference, second.reference]).toEqual(['AAAAAAAAAA', 'BBBBBBBBBB']);
    const { rows } = await db.query<{ n: string }>('select count(*)::text as n from concerns');
    expect(rows[0]?.n).toBe('2');
    const { rows: details } = await db.query<{ details: string }>('select row::json->>\'details\' as details from concerns where id = $1', [second.concernId]);
    expect(details[0]?.details).toBe('Reference given to the citizen: BBBBB-BBBBB');
  });
});
