import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../helpers/databases';

describeEachDatabase('values', (getDb) => {
  it('come back as the same JavaScript values from both databases', async () => {
    const { rows } = await getDb().query(`
      select
        42::int2 as small, 42::int4 as regular, 9007199254740993::int8 as big, 1.5::float8 as float,
        12.30::numeric as exact, true as yes, 'ü'::text as text,
        '11111111-2222-4333-8444-555555555555'::uuid as id,
        '2026-11-23'::date as day, '2026-11-23 09:30:00'::timestamp as local_time,
        '2026-11-23 09:30:00.123+02'::timestamptz as instant,
        '{"a": [1, "b"]}'::jsonb as doc, '[1]'::json as list,
        array['x', 'y'] as texts, array[1, 2]::int4[] as ints, array[3]::int8[] as bigs,
        array['2026-01-02'::date] as days, '\\x00ff'::bytea as bytes, null::text as nothing,
        pg_current_xact_id() is not null as has_xid`);
    expect(rows).toEqual([
      {
        small: 42,
        regular: 42,
        big: '9007199254740993',
        float: 1.5,
        exact: '12.30',
        yes: true,
        text: 'ü',
        id: '11111111-2222-4333-8444-555555555555',
        day: '2026-11-23',
        local_time: '2026-11-23 09:30:00',
        instant: new Date('2026-11-23T07:30:00.123Z'),
        doc: { a: [1, 'b'] },
        list: [1],
        texts: ['x', 'y'],
        ints: [1, 2],
        bigs: ['3'],
        days: ['2026-01-02'],
        bytes: Buffer.from([0, 255]),
        nothing: null,
        has_xid: true,
      },
    ]);
  });

  it('take parameters the same way on both databases', async () => {
    const db = getDb();
    await db.exec('create table things (at timestamptz, tags text[], doc jsonb, n int8, day date)');
    const at = new Date('2026-11-23T07:30:00.000Z');
    await db.query('insert into things values ($1, $2, $3, $4, $5)', [at, ['a', 'b'], JSON.stringify({ k: 1 }), '12', '2026-11-23']);
    const { rows } = await db.query('select * from things');
    expect(rows).toEqual([{ at, tags: ['a', 'b'], doc: { k: 1 }, n: '12', day: '2026-11-23' }]);
  });
});
