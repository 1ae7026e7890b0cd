import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';

/** Listens on channel and collects payloads; waitFor(n) resolves once n have arrived. */
async function collect(db: Db, channel: string) {
  const payloads: string[] = [];
  const stop = await db.listen(channel, (payload) => payloads.push(payload));
  const waitFor = async (count: number, timeoutMs = 5_000): Promise<string[]> => {
    const deadline = Date.now() + timeoutMs;
    while (payloads.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} notifications, got ${JSON.stringify(payloads)}`);
      await sleep(10);
    }
    return payloads;
  };
  return { payloads, stop, waitFor };
}

/** Long enough for a notification that is coming to arrive, on a loaded machine. */
const SETTLE_MS = 150;

describeEachDatabase('LISTEN and NOTIFY', (getDb, target) => {
  it('delivers a payload to a listener', async () => {
    const db = getDb();
    const poke = await collect(db, 'poke');
    await db.notify('poke', '{"office":"a"}');
    expect(await poke.waitFor(1)).toEqual(['{"office":"a"}']);
    await poke.stop();
  });

  it('delivers a payload sent from another connection (another server process)', async () => {
    const poke = await collect(getDb(), 'poke');
    const other = await target.connect();
    await other.notify('poke', 'from elsewhere');
    expect(await poke.waitFor(1)).toEqual(['from elsewhere']);
    await poke.stop();
  });

  it('delivers only to listeners of that channel, to every one of them', async () => {
    const db = getDb();
    const [first, second, elsewhere] = [await collect(db, 'poke'), await collect(db, 'poke'), await collect(db, 'other')];
    await db.notify('poke', 'x');
    expect(await first.waitFor(1)).toEqual(['x']);
    expect(await second.waitFor(1)).toEqual(['x']);
    await sleep(SETTLE_MS);
    expect(elsewhere.payloads).toEqual([]);
    await Promise.all([first.stop(), second.stop(), elsewhere.stop()]);
  });

  it('delivers a notification sent in a transaction when it commits, and never when it rolls back', async () => {
    const db = getDb();
    const poke = await collect(db, 'poke');
    await expect(
      db.transaction(async (tx) => {
        await tx.notify('poke', 'rolled back');
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    await db.transaction(async (tx) => {
      await tx.notify('poke', 'committed');
      await sleep(SETTLE_MS);
      expect(poke.payloads).toEqual([]);
    });
    expect(await poke.waitFor(1)).toEqual(['committed']);
    await sleep(SETTLE_MS);
    expect(poke.payloads).toEqual(['committed']);
    await poke.stop();
  });

  it('lets a listener query the database when a committed transaction pokes it', async () => {
    const db = getDb();
    await db.exec('create table pokes (n integer)');
    const seen: number[] = [];
    const stop = await db.listen('poke', () => {
      void db.query<{ count: number }>('select count(*)::int as count from pokes').then(({ rows }) => seen.push(rows[0]?.count ?? -1));
    });
    await db.transaction(async (tx) => {
      await tx.query('insert into pokes values (1)');
      await tx.notify('poke', '');
    });
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual([1]);
    await stop();
  });

  it('stops delivering after unlisten, while other listeners keep theirs', async () => {
    const db = getDb();
    const [leaving, staying] = [await collect(db, 'poke'), await collect(db, 'poke')];
    await leaving.stop();
    await leaving.stop();
    await db.notify('poke', 'after');
    expect(await staying.waitFor(1)).toEqual(['after']);
    await sleep(SETTLE_MS);
    expect(leaving.payloads).toEqual([]);
    await staying.stop();
  });

  it('keeps delivering to the other listeners when one throws', async () => {
    const db = getDb();
    const stopFaulty = await db.listen('poke', () => {
      throw new Error('listener bug');
    });
    const poke = await collect(db, 'poke');
    await db.notify('poke', 'one');
    await db.notify('poke', 'two');
    expect(await poke.waitFor(2)).toEqual(['one', 'two']);
    await Promise.all([stopFaulty(), poke.stop()]);
  });

  it.each(['Poke', 'poke; drop table staff', '', 'a-b'])('refuses the channel name %j', async (channel) => {
    const db = getDb();
    await expect(db.listen(channel, () => undefined)).rejects.toThrow(/Invalid notification channel/);
    await expect(db.notify(channel, 'x')).rejects.toThrow(/Invalid notification channel/);
  });

  it.runIf(target.kind === 'postgres')('listens again after its connection is killed', async () => {
    const db = getDb();
    const poke = await collect(db, 'poke');
    const other = await target.connect();
    const { rows } = await other.query(
      "select pg_terminate_backend(pid) as killed from pg_stat_activity where query = 'LISTEN poke' and pid <> pg_backend_pid()",
    );
    expect(rows).toEqual([{ killed: true }]);
    // Notifications sent while it reconnects are lost (pokes are hints); keep poking until one arrives.
    const deadline = Date.now() + 10_000;
    while (poke.payloads.length === 0 && Date.now() < deadline) {
      await other.notify('poke', 'back');
      await sleep(50);
    }
    expect(poke.payloads[0]).toBe('back');
    await poke.stop();
  });
});
