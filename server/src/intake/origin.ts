/**
 * The server-side origin of public submissions (intake_origins, migration 013): one per office, made on its first
 * submission. It plays the device's part in a mutation's context: its client id with a mutation id counted up
 * here, one per submission, seeds the ids the mutator derives for the history and tag rows (shared/sync/context.ts),
 * so they are unique exactly as a desk's are. And the record of each submission under its reference (intake_submissions).
 */
import type { Tx } from '../db/db';
import type { IntakeSource } from './submission';

/** The origin's client id and the mutation id of this submission. */
export interface IntakeMutation {
  readonly clientId: string;
  readonly mutationId: number;
}

/** Takes the office's next intake mutation id (the row stays locked until the transaction ends). */
export async function nextIntakeMutation(tx: Tx, officeId: string): Promise<IntakeMutation> {
  const { rows } = await tx.query<{ client_id: string; last_mutation_id: string }>(
    `insert into intake_origins (office_id, last_mutation_id) values ($1, 1)
     on conflict (office_id) do update set last_mutation_id = intake_origins.last_mutation_id + 1
     returning client_id, last_mutation_id`,
    [officeId],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`No intake origin for office ${officeId}`);
  return { clientId: row.client_id, mutationId: Number(row.last_mutation_id) };
}

/** Stores the submission under its reference (a reference already used fails the transaction: 23505). */
export async function recordSubmission(
  tx: Tx,
  s: { reference: string; officeId: string; concernId: string; source: IntakeSource; origin: IntakeMutation; receivedAt: Date },
): Promise<void> {
  await tx.query(
    `insert into intake_submissions (reference, office_id, concern_id, source, client_id, mutation_id, received_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [s.reference, s.officeId, s.concernId, s.source, s.origin.clientId, s.origin.mutationId, s.receivedAt],
  );
}
