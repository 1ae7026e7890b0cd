/**
 * Writes the browser tests' offices and staff (accounts.ts) into a fresh embedded database, through the
 * server's own migrations and services, before the test server opens it:
 *   tsx test/e2e/seed-accounts.ts <data dir>
 * The passwords are made permanent, so the tests are not asked to change them (one test does that itself).
 */
import { addOffice } from '../../server/src/auth/offices';
import { addStaff } from '../../server/src/auth/staff-admin';
import { loadMigrations, migrate } from '../../server/src/db/migrate';
import { openDb } from '../../server/src/db/open-db';
import { ACCOUNTS } from './accounts';

const dataDir = process.argv[2];
if (dataDir === undefined) {
  console.error('Usage: tsx test/e2e/seed-accounts.ts <data dir>');
  process.exit(2);
}

const db = await openDb({ dataDir });
try {
  await migrate(db, await loadMigrations());
  const offices = new Map<string, string>();
  for (const account of Object.values(ACCOUNTS)) {
    let officeId = offices.get(account.office);
    if (officeId === undefined) {
      officeId = (await addOffice(db, account.office)).id;
      offices.set(account.office, officeId);
    }
    await addStaff(db, officeId, { email: account.email, displayName: account.displayName, role: account.role, password: account.password });
  }
  await db.query('update staff set password_is_temporary = false');
} finally {
  await db.close();
}
