import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../server/src/db/open-db';
import { describePostgresUrl, openPostgres } from '../../../server/src/db/postgres';

describe('describing the database for people', () => {
  it('names the embedded database by its folder', () => {
    expect(describeDb({ dataDir: '/srv/civic/pglite' })).toBe('embedded PGlite in /srv/civic/pglite');
    expect(describeDb({ databaseUrl: '', dataDir: '/srv/civic/pglite' })).toBe('embedded PGlite in /srv/civic/pglite');
  });

  it('names PostgreSQL by user, host, port and database, never the password', () => {
    const described = describeDb({ databaseUrl: 'postgres://civic:hunter2@db.office.local/notebook', dataDir: 'unused' });
    expect(described).toBe('PostgreSQL at civic@db.office.local:5432/notebook');
    expect(describePostgresUrl('postgresql://a:b@[::1]:6543/x')).toBe('a@[::1]:6543/x');
  });
});

describe('opening PostgreSQL', () => {
  it('fails at once with where it tried and why, without the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused straight away.
    const attempt = openPostgres({ url: 'postgres://civic:hunter2@127.0.0.1:1/notebook' });
    await expect(attempt).rejects.toThrow(/^Could not connect to PostgreSQL at civic@127\.0\.0\.1:1\/notebook: .*ECONNREFUSED/);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });
});
