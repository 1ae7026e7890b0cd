import { emptyConcernFields, type ConcernFields } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';

let sequence = 0;

/** A deterministic UUIDv7 for the given time; successive calls differ in their random part. */
export function testId(atMs: number): string {
  sequence += 1;
  const random = new Uint8Array(10);
  new DataView(random.buffer).setUint32(6, sequence);
  return uuidv7(atMs, random);
}

/** Valid concern fields with the given changes. */
export function fields(changes: Partial<ConcernFields> = {}): ConcernFields {
  return { ...emptyConcernFields('phone'), summary: 'Streetlight out on Elm St', ...changes };
}

/** A write context at the given time by the given person. */
export function ctx(at: Date, by = 'Ana at desk 1', draftId?: string) {
  return { at: at.toISOString(), by, historyId: testId(at.getTime()), ...(draftId === undefined ? {} : { draftId }) };
}
