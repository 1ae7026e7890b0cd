/**
 * Seeds an office server's embedded database for the sync benchmarks, before the server starts (a PGlite data
 * directory is owned by one process at a time). Run by sync-server.ts as its own Node process:
 *
 *   node --import tsx test/bench/sync-seed.ts <data dir> '<offices as JSON>'    (prints the result as JSON)
 *
 * Offices, staff and passwords are made with the server's own functions (server/src/auth). Concerns are what
 * a desk that logged them and pushed them would have left on the server: shared/sync's logConcern runs
 * through applyMutation, as push.ts runs it, with the context push builds from the session; its rows are
 * written with ONE server transaction per concern, as pushes commit them, together with push's bookkeeping
 * (sync_mutations, the device's progress, the progress mark in sync_log); the sync_log trigger logs the rows as
 * it logs every push. One transaction per concern matters: pull never splits a transaction, so concerns
 * seeded in large transactions would reach desks in artificially large pages. The transactions are sent as
 * SQL scripts of a few hundred at a time, which is what makes 100,000 take about a minute instead of
 * several through push.ts's one-request-per-statement path. Before anything is written, a sample is pushed
 * through push.ts itself on a scratch database and must leave exactly the same rows and log entries.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldsOf } from '@shared/domain/history';
import type { Concern } from '@shared/domain/concern';
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext } from '@shared/sync/context';
import { createMemoryStore } from '@shared/sync/memory-store';
import type { SyncStore, TableName } from '@shared/sync/store';
import { addOffice } from '../../server/src/auth/offices';
import { setPasswordCost } from '../../server/src/auth/passwords';
import { createSession } from '../../server/src/auth/sessions';
import { changeOwnPassword } from '../../server/src/auth/sign-in';
import { addStaff } from '../../server/src/auth/staff-admin';
import type { Role, StaffSession } from '../../server/src/auth/staff-session';
import type { Db } from '../../server/src/db/db';
import { loadMigrations, migrate } from '../../server/src/db/migrate';
import { openPglite } from '../../server/src/db/pglite';
import { authorName, pushMutations } from '../../server/src/sync/push';
import { syntheticConcerns } from './synthetic';

/** An office to make: its name, how many concerns it holds, and how many staff sign in to it. */
export interface OfficeSpec {
  readonly name: string;
  readonly concerns: number;
  readonly staff: number;
}

/** A staff member the benchmark signs in as. */
export interface SeededStaff {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
}

/** An office as seeded. */
export interface SeededOffice extends OfficeSpec {
  readonly id: string;
  readonly members: readonly SeededStaff[];
  readonly seedSeconds: number;
}

/** The one password of every bench account (a throwaway server on loopback). */
const PASSWORD = 'bench sync password 2025';
/** Concerns per SQL script: each its own transaction inside. */
const SCRIPT_CONCERNS = 500;
/** Concerns pushed through push.ts for the equivalence check. */
const CHECK_SAMPLE = 25;

/** One row write of a mutation, in the order it made them. */
interface Write {
  readonly table: TableName;
  readonly id: string;
  readonly json: string;
}

/** The rows logConcern writes for `concern`, in order, run as push.ts runs it (applyMutation, same context). */
async function loggedRows(concern: Concern, staff: StaffSession, clientId: string, mutationId: number): Promise<Write[]> {
  // A concern with a new id: the server's store holds nothing for it, exactly like this empty one.
  const memory = createMemoryStore();
  const writes: Write[] = [];
  const collecting: SyncStore = {
    get: (table, id) => memory.get(table, id),
    async put(table, row) {
      writes.push({ table, id: row.id, json: JSON.stringify(row) });
      await memory.put(table, row);
    },
    delete: () => Promise.reject(new Error('logConcern deletes nothing')),
  };
  const ctx = createMutationContext({
    at: concern.createdAt,
    by: authorName(staff),
    staffId: staff.staffId,
    officeId: staff.officeId,
    clientId,
    mutationId,
  });
  const outcome = await applyMutation(collecting, { name: 'logConcern', args: { id: concern.id, fields: fieldsOf(concern) } }, ctx);
  if (outcome.status !== 'applied') throw new Error(`logConcern refused a synthetic concern: ${outcome.reason}`);
  return writes;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** One server transaction: the mutation's rows and push.ts's record() of it. */
function transactionSql(officeId: string, clientId: string, mutationId: number, writes: readonly Write[]): string {
  const office = literal(officeId);
  const client = literal(clientId);
  return [
    'begin;',
    ...writes.map((w) => `insert into ${w.table} (office_id, id, row) values (${office}, ${literal(w.id)}, ${literal(w.json)}::json);`),
    `insert into sync_mutations (client_id, mutation_id, name, status) values (${client}, ${mutationId}, 'logConcern', 'applied');`,
    `update sync_clients set last_mutation_id = ${mutationId} where client_id = ${client};`,
    `insert into sync_log (office_id, op, client_id, mutation_id) values (${office}, 'mutation', ${client}, ${mutationId});`,
    'commit;',
  ].join('\n');
}

/** Writes the concerns as pushed one per transaction by the device `clientId` of `staff`. */
async function writeConcerns(db: Db, staff: StaffSession, clientId: string, concerns: readonly Concern[]): Promise<void> {
  await db.query('insert into sync_clients (client_id, office_id, staff_id) values ($1, $2, $3)', [clientId, staff.officeId, staff.staffId]);
  for (let start = 0; start < concerns.length; start += SCRIPT_CONCERNS) {
    const script: string[] = [];
    for (let i = start; i < Math.min(concerns.length, start + SCRIPT_CONCERNS); i += 1) {
      const writes = await loggedRows(concerns[i] as Concern, staff, clientId, i + 1);
      script.push(transactionSql(staff.officeId, clientId, i + 1, writes));
    }
    await db.exec(script.join('\n'));
  }
}

/** Staff made with the server's functions, their temporary password already replaced (as on first sign-in). */
async function addMember(db: Db, officeId: string, email: string, displayName: string, role: Role = 'counter'): Promise<StaffSession> {
  const temporary = `${PASSWORD} (temporary)`;
  const member = await addStaff(db, officeId, { email, displayName, role, password: temporary });
  const session = await createSession(db, member.id, 'Bench');
  const staff: StaffSession = { sessionId: session.id, staffId: member.id, officeId, role: member.role, displayName };
  await changeOwnPassword(db, staff, { currentPassword: temporary, newPassword: PASSWORD }, '127.0.0.1');
  return staff;
}

/**
 * The log a database holds, comparable across databases (no office ids, seqs or xids). Escalations are left
 * out: pushing a top-priority concern queues its email (server/src/escalations/queue.ts), but seeded concerns
 * are the office's history, not news, and are seeded without one, as an import of old records would be.
 */
async function logOf(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ entry: string }>(
    `select concat_ws(' ', op, table_name, row_id, row::text, mutation_id) as entry from sync_log
     where table_name is distinct from 'concern_escalations' order by seq`,
  );
  return rows.map((r) => r.entry);
}

/** Throws unless pushing `sample` through push.ts leaves the same log as writeConcerns does. */
async function checkAgainstPush(sample: readonly Concern[], displayName: string): Promise<void> {
  const clientId = randomUUID();
  const [pushed, written] = [await openPglite(), await openPglite()];
  try {
    const migrations = await loadMigrations();
    for (const db of [pushed, written]) await migrate(db, migrations);
    const make = async (db: Db) => addMember(db, (await addOffice(db, 'Check')).id, 'check@bench.example', displayName);
    const viaPush = await make(pushed);
    const mutations = sample.map((c, i) => ({ id: i + 1, name: 'logConcern', args: { id: c.id, fields: fieldsOf(c) }, at: c.createdAt }));
    await pushMutations(pushed, viaPush, { clientId, mutations });
    await writeConcerns(written, await make(written), clientId, sample);
    const [a, b] = [await logOf(pushed), await logOf(written)];
    const differs = a.findIndex((entry, i) => entry !== b[i]);
    if (a.length < sample.length * 3 || a.length !== b.length || differs >= 0) {
      throw new Error(`Seeding does not match push.ts: entry ${differs} is\n  ${b[differs]}\npushed:\n  ${a[differs]}`);
    }
  } finally {
    await Promise.all([pushed.close(), written.close()]);
  }
}

/**
 * Seeds one office: its staff (an admin, who logged the concerns, and counter staff for the bench to sign in
 * as) and its concerns. With an admin the server has no setup code to print.
 */
async function seedOffice(db: Db, spec: OfficeSpec, index: number): Promise<SeededOffice> {
  const started = performance.now();
  const office = await addOffice(db, spec.name);
  const logger = await addMember(db, office.id, `desk-${index}@bench.example`, 'Bench desk', 'admin');
  const members: SeededStaff[] = [];
  for (let s = 1; s <= spec.staff; s += 1) {
    const email = `staff-${index}-${s}@bench.example`;
    const displayName = `Bench staff ${s}`;
    await addMember(db, office.id, email, displayName);
    members.push({ email, password: PASSWORD, displayName });
  }
  const concerns = syntheticConcerns(spec.concerns, 365, Date.now(), 42 + index);
  await writeConcerns(db, logger, randomUUID(), concerns);
  return { ...spec, id: office.id, members, seedSeconds: (performance.now() - started) / 1000 };
}

/** Creates and migrates the database in dataDir and seeds the offices. */
export async function seedDataDir(dataDir: string, offices: readonly OfficeSpec[]): Promise<SeededOffice[]> {
  // Hashing at full cost would only slow seeding; each hash is upgraded to full cost at its first sign-in.
  setPasswordCost({ N: 1024, r: 8, p: 1 });
  await checkAgainstPush(syntheticConcerns(CHECK_SAMPLE, 30, Date.now(), 7), 'Bench desk');
  const db = await openPglite({ dataDir });
  try {
    await migrate(db, await loadMigrations());
    const seeded: SeededOffice[] = [];
    for (const [i, spec] of offices.entries()) seeded.push(await seedOffice(db, spec, i + 1));
    return seeded;
  } finally {
    await db.close();
  }
}

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  const [dataDir = '', offices = '[]'] = process.argv.slice(2);
  seedDataDir(dataDir, JSON.parse(offices) as OfficeSpec[]).then(
    (offices) => console.log(JSON.stringify(offices)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
