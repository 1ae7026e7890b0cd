/**
 * The server's admin commands, for when nobody can sign in yet or the admin screen is out of reach:
 *
 *   npm run server:admin -- setup-code
 *   npm run server:admin -- add-office --name "Town Hall"
 *   npm run server:admin -- add-staff --office "Town Hall" --email ana@town.example --name "Ana" --role admin
 *   npm run server:admin -- reset-password --email ana@town.example [--office "Town Hall"]
 *   npm run server:admin -- list-staff [--office "Town Hall"]
 *
 * It uses the server's environment (DATABASE_URL, or DATA_DIR for the embedded database, which only one
 * process may open at a time: stop the server first) and the same services as the routes. Exit codes: 0 done,
 * 1 refused or failed (the message says why), 2 the command line was wrong.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { DisplayNameSchema, EmailSchema, OfficeNameSchema, RoleSchema } from '../../shared/api/staff';
import { AuthError } from './auth/errors';
import { createSetupCode } from './auth/first-run';
import { addOffice, findOffice, findStaffByEmail, listOffices } from './auth/offices';
import { newTemporaryPassword } from './auth/passwords';
import { addStaff, listStaff, resetPassword } from './auth/staff-admin';
import type { Db } from './db/db';
import { DataDirInUseError } from './db/data-dir-lock';
import { loadMigrations, migrate } from './db/migrate';
import { openDb } from './db/open-db';
import { parseEnv } from './env';

/** Where the CLI writes. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** What runCli works with; by default the environment's database and the process's stdout and stderr. */
export interface CliOptions {
  /** An open, migrated database (tests); otherwise one is opened from env and closed afterwards. */
  readonly db?: Db;
  readonly env?: NodeJS.ProcessEnv;
  readonly output?: CliOutput;
}

const USAGE = `Usage: npm run server:admin -- <command> [options]

Commands:
  setup-code                                   print a new one-time code to create the first admin
  add-office --name NAME                       add another office (then add its admin with add-staff)
  add-staff --office ID|NAME --email EMAIL --name NAME --role counter|goto|facilitator|admin
                                               add someone; prints their temporary password
  reset-password --email EMAIL [--office ID|NAME]
                                               give someone a new temporary password; signs out their devices
  list-staff [--office ID|NAME]                list the staff of every office, or of one`;

const COMMANDS = ['setup-code', 'add-office', 'add-staff', 'reset-password', 'list-staff'];

/** A mistake on the command line (exit code 2). */
class UsageError extends Error {}

type Options = Partial<Record<'office' | 'email' | 'name' | 'role', string>>;

function required(options: Options, name: keyof Options): string {
  const value = options[name];
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

function valid<S extends z.ZodType>(schema: S, value: string, name: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${name}: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  return parsed.data;
}

async function setupCode(db: Db, output: CliOutput): Promise<void> {
  const code = await createSetupCode(db);
  if (code === undefined) throw new AuthError(409, 'already-set-up', 'This server already has an admin: use add-staff or reset-password instead.');
  output.out(`Setup code: ${code}`);
  output.out("Open the server's address in a browser and create the office's admin with it. It works once.");
}

async function addOfficeCommand(db: Db, options: Options, output: CliOutput): Promise<void> {
  const office = await addOffice(db, valid(OfficeNameSchema, required(options, 'name'), 'name'));
  output.out(`Added the office "${office.name}" (${office.id}). Add its admin with add-staff --office ${office.id} … --role admin.`);
}

async function addStaffCommand(db: Db, options: Options, output: CliOutput): Promise<void> {
  const email = valid(EmailSchema, required(options, 'email'), 'email');
  const displayName = valid(DisplayNameSchema, required(options, 'name'), 'name');
  const role = valid(RoleSchema, required(options, 'role'), 'role');
  const office = await findOffice(db, required(options, 'office'));
  const password = newTemporaryPassword();
  await addStaff(db, office.id, { email, displayName, role, password });
  output.out(`Added ${displayName} <${email}> as ${role} to "${office.name}".`);
  output.out(`Temporary password: ${password}`);
  output.out('Hand it over in person; they are asked to choose their own when they sign in.');
}

async function resetPasswordCommand(db: Db, options: Options, output: CliOutput): Promise<void> {
  const email = valid(EmailSchema, required(options, 'email'), 'email');
  const officeId = options.office === undefined ? undefined : (await findOffice(db, options.office)).id;
  const staff = await findStaffByEmail(db, email, officeId);
  const password = newTemporaryPassword();
  await resetPassword(db, staff.officeId, staff.id, password);
  output.out(`New temporary password for ${email} in "${staff.officeName}": ${password}`);
  output.out('Their devices have been signed out.');
}

async function listStaffCommand(db: Db, options: Options, output: CliOutput): Promise<void> {
  const offices = options.office === undefined ? await listOffices(db) : [await findOffice(db, options.office)];
  if (offices.length === 0) output.out('There are no offices yet: start the server and use its setup code, or run setup-code.');
  for (const office of offices) {
    output.out(`${office.name} (${office.id})`);
    const staff = await listStaff(db, office.id);
    if (staff.length === 0) output.out('  nobody yet');
    for (const member of staff) {
      const notes = [member.isDisabled ? 'turned off' : '', member.mustChangePassword ? 'temporary password' : ''].filter(Boolean);
      output.out(`  ${member.email}  ${member.displayName}  ${member.role}${notes.length === 0 ? '' : `  (${notes.join(', ')})`}`);
    }
  }
}

async function runCommand(db: Db, command: string, options: Options, output: CliOutput): Promise<void> {
  switch (command) {
    case 'setup-code':
      return setupCode(db, output);
    case 'add-office':
      return addOfficeCommand(db, options, output);
    case 'add-staff':
      return addStaffCommand(db, options, output);
    case 'reset-password':
      return resetPasswordCommand(db, options, output);
    case 'list-staff':
      return listStaffCommand(db, options, output);
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

function parseCommandLine(argv: readonly string[]): { command: string | undefined; options: Options; isHelp: boolean } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      office: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`One command at a time (got ${positionals.join(', ')})`);
  const [command] = positionals;
  if (command !== undefined && command !== 'help' && !COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}"`);
  const { help, ...options } = values;
  return { command: positionals[0], options, isHelp: help === true || positionals[0] === 'help' };
}

async function openMigrated(env: NodeJS.ProcessEnv): Promise<Db> {
  const { databaseUrl, dataDir } = parseEnv(env);
  const db = await openDb({ databaseUrl, dataDir });
  try {
    await migrate(db, await loadMigrations());
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof DataDirInUseError) return `${error.message} (The admin screen in the app works while the server runs.)`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs one command line; resolves with the exit code. */
export async function runCli(argv: readonly string[], options: CliOptions = {}): Promise<number> {
  const output = options.output ?? { out: (line) => console.log(line), err: (line) => console.error(line) };
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    output.err(`${messageOf(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.isHelp || parsed.command === undefined) {
    (parsed.isHelp ? output.out : output.err)(USAGE);
    return parsed.isHelp ? 0 : 2;
  }
  let db: Db | undefined;
  try {
    db = options.db ?? (await openMigrated(options.env ?? process.env));
    await runCommand(db, parsed.command, parsed.options, output);
    return 0;
  } catch (error) {
    output.err(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : messageOf(error));
    return error instanceof UsageError ? 2 : 1;
  } finally {
    if (options.db === undefined) await db?.close();
  }
}

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(messageOf(error));
      process.exit(1);
    },
  );
}
