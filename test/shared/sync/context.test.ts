import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UUIDV7_PATTERN, uuidv7Time } from '@shared/lib/uuidv7';
import { createMutationContext, isoToUnixMs, mutationRowId } from '@shared/sync/context';
import { DESK_A, DESK_B } from './fixtures';

const origin = { at: '2025-03-14T09:30:00.000Z', by: 'Ana', staffId: 's1', officeId: 'o1', clientId: DESK_A, mutationId: 7 };

describe('isoToUnixMs', () => {
  it('agrees with Date for any time from 1970 to 9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(0), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (d) => {
        expect(isoToUnixMs(d.toISOString())).toBe(d.getTime());
      }),
    );
  });

  it('refuses text that is not a UTC timestamp with milliseconds', () => {
    expect(() => isoToUnixMs('2025-03-14T09:30:00+01:00')).toThrow(RangeError);
  });
});

describe('createMutationContext', () => {
  it('makes the same ids in the same order on every run of one mutation', () => {
    const first = createMutationContext(origin);
    const again = createMutationContext(origin);
    const ids = [first.newId(), first.newId(), first.newId()];
    expect([again.newId(), again.newId(), again.newId()]).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
  });

  it('makes UUIDv7 ids stamped with the mutation time', () => {
    const id = createMutationContext(origin).newId();
    expect(id).toMatch(UUIDV7_PATTERN);
    expect(uuidv7Time(id)).toBe(isoToUnixMs(origin.at));
  });

  it('makes different ids for different mutations and desks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom(DESK_A, DESK_B), fc.integer({ min: 1, max: 1e6 }), fc.nat(4)), {
        minLength: 2,
        maxLength: 200,
        selector: (t) => t.join('/'),
      }), (origins) => {
        const ids = origins.map(([client, m, n]) => mutationRowId(client, m, origin.at, n));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});
