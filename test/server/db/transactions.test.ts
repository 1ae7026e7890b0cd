import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../helpers/databases';

describeEachDatabase('queries and transactions', (getDb, target) => {
  beforeEach(async () => {
    await getDb().exec(`
      create table accounts (id text primary key, balance integer not null check (balance >= 0));
      insert into accounts values ('a', 100), ('b', 0);
      create table events (seq serial primary key, tx integer not null, step text not null);
    `);
  });

  async function balances(): Promise<Record<string, number>> {
    const { rows } = await getDb().query<{ id: string; balance: number }>('select id, balance from accounts order by id');
    return Object.fromEntries(rows.map((row) => [row.id, row.balance]));
  }

  it('runs a query with parameters and returns its rows', async () => {
    const { rows } = await getDb().query<{ id: string }>('select id from accounts where balance > $1 order by id', [50]);
    expect(rows).toEqual([{ id: 'a' }]);
  });

  it('refuses two statements in one query on both databases (exec is for scripts)', async () => {
    await expect(getDb().query('select 1; select 2')).rejects.toThrow();
  });

  it('commits everything a transaction did and returns its result', async () => {
    const result = await getDb().transaction(async (tx) => {
      await tx.query("update accounts set balance = balance - 30 where id = 'a'");
      await tx.query("update accounts set balance = balance + 30 where id = 'b'");
      return 'moved';
    });
    expect(result).toBe('moved');
    expect(await balances()).toEqual({ a: 70, b: 30 });
  });

  it('rolls back everything when the function throws, and rethrows', async () => {
    const failure = getDb().transaction(async (tx) => {
      await tx.query("update accounts set balance = balance - 30 where id = 'a'");
      await tx.query("insert into accounts values ('c', 5)");
      throw new Error('changed my mind');
    });
    await expect(failure).rejects.toThrow('changed my mind');
    expect(await balances()).toEqual({ a: 100, b: 0 });
  });

  it('rolls back everything when a statement fails', async () => {
    const failure = getDb().transaction(async (tx) => {
      await tx.query("update accounts set balance = balance + 30 where id = 'b'");
      await tx.query("update accounts set balance = balance - 500 where id = 'a'");
    });
    await expect(failure).rejects.toThrow(/check constraint/);
    expect(await balances()).toEqual({ a: 100, b: 0 });
  });

  it('does not report a commit when a failed statement was caught inside', async () => {
    const failure = getDb().transaction(async (tx) => {
      await tx.query("update accounts set balance = balance + 30 where id = 'b'");
      await tx.query('select * from no_such_table').catch(() => undefined);
      return 'pretend all is well';
    });
    await expect(failure).rejects.toThrow('The transaction was rolled back: a statement in it failed');
    expect(await balances()).toEqual({ a: 100, b: 0 });
  });

  it('refuses a nested transaction and rolls back the outer one', async () => {
    const db = getDb();
    const failure = db.transaction(async (tx) => {
      await tx.query("update accounts set balance = 1 where id = 'a'");
      await db.transaction(async () => undefined);
    });
    await expect(failure).rejects.toThrow(/Nested transaction/);
    expect(await balances()).toEqual({ a: 100, b: 0 });
  });

  it('refuses the Db itself inside a transaction (the tx is the only way in)', async () => {
    const db = getDb();
    await expect(db.transaction(() => db.query('select 1'))).rejects.toThrow(/db.query\(\) was called inside a transaction/);
    await expect(db.transaction(() => db.notify('poke', 'x'))).rejects.toThrow(/db.notify\(\) was called inside a transaction/);
  });

  it('refuses a transaction handle used after the transaction ended', async () => {
    const tx = await getDb().transaction(async (open) => open);
    await expect(tx.query('select 1')).rejects.toThrow('This transaction has already finished');
  });

  it('keeps every transfer whole when 20 transactions run at once', async () => {
    const db = getDb();
    const transfer = (i: number): Promise<void> =>
      db.transaction(async (tx) => {
        // for update: on PostgreSQL the transactions really run side by side; PGlite runs them in turn.
        const { rows } = await tx.query<{ balance: number }>("select balance from accounts where id = 'a' for update");
        await sleep(1);
        await tx.query("update accounts set balance = $1 where id = 'a'", [(rows[0]?.balance ?? 0) - 1]);
        await tx.query("update accounts set balance = balance + 1 where id = 'b'");
        if (i % 5 === 4) throw new Error(`transfer ${i} fails`);
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => transfer(i)));
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(4);
    expect(await balances()).toEqual({ a: 84, b: 16 });
  });

  it.runIf(target.kind === 'pglite')('never interleaves the statements of concurrent transactions on PGlite', async () => {
    const db = getDb();
    const steps = ['begin', 'middle', 'end'];
    const outsider = sleep(2).then(() => db.query("insert into events (tx, step) values (-1, 'outside')"));
    await Promise.all([
      outsider,
      ...Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (tx) => {
          for (const step of steps) {
            await tx.query('insert into events (tx, step) values ($1, $2)', [i, step]);
            await sleep(0);
          }
        }),
      ),
    ]);
    const { rows } = await db.query<{ tx: number; step: string }>('select tx, step from events order by seq');
    expect(rows).toHaveLength(61);
    const insideTransactions = rows.filter((row) => row.tx >= 0);
    for (let at = 0; at < insideTransactions.length; at += steps.length) {
      const run = insideTransactions.slice(at, at + steps.length);
      expect(run.map((row) => row.step)).toEqual(steps);
      expect(new Set(run.map((row) => row.tx)).size).toBe(1);
    }
    // The outside statement landed between two transactions, never inside one.
    const outside = rows.findIndex((row) => row.tx === -1);
    expect(outside % steps.length).toBe(0);
  });
});
