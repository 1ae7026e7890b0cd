import { describe, expect, it } from 'vitest';
import { defaultResponsePolicy } from '@shared/domain/response-clock';
import { computeFigures, type FiguresInput } from '@shared/patterns/figures';
import { streetNameOf } from '@shared/patterns/places';
import type { PatternConcern } from '@shared/patterns/types';

let n = 0;
function pc(changes: Partial<PatternConcern> = {}): PatternConcern {
  n += 1;
  return {
    id: `c${n}`,
    createdAt: '2026-03-10T10:00:00.000Z',
    text: 'Streetlight out',
    category: '',
    channel: 'phone',
    area: '',
    address: '',
    tags: [],
    priority: 'normal',
    status: 'new',
    firstResponseAt: null,
    raisedCount: 1,
    contactKey: '',
    personal: [],
    ...changes,
  };
}

const months = ['2026-01', '2026-02', '2026-03'];
const input = (inPeriod: PatternConcern[], earlier: PatternConcern[] = [], extra: Partial<FiguresInput> = {}): FiguresInput => ({
  inPeriod,
  earlier,
  period: '2026-03',
  months,
  timeZone: 'UTC',
  responsePolicy: null,
  ...extra,
});

describe('computeFigures', () => {
  it('gives empty figures for an empty period, with no shares that are NaN', () => {
    const f = computeFigures(input([]));
    expect(f.places).toEqual([]);
    expect(f.channels).toEqual([]);
    expect(f.priorities.map((p) => [p.key, p.count, p.share])).toEqual([
      ['normal', 0, 0],
      ['high', 0, 0],
      ['top', 0, 0],
    ]);
    expect(f.responseTimes).toBeNull();
    expect(f.repeatContacts).toEqual({ citizens: 0, concernIds: [], distribution: [], returningFromEarlierMonths: 0 });
  });

  it('counts one concern under its channel and priority', () => {
    const one = pc({ channel: 'email', priority: 'high' });
    const f = computeFigures(input([one]));
    expect(f.channels).toEqual([{ key: 'email', count: 1, share: 1, concernIds: [one.id] }]);
    expect(f.priorities[1]).toEqual({ key: 'high', count: 1, share: 1, concernIds: [one.id] });
  });

  it('counts a concern without a channel as unknown, biggest channel first', () => {
    const cs = [pc({ channel: '' }), pc({ channel: 'phone' }), pc({ channel: 'phone' }), pc({ channel: 'web-form' })];
    const f = computeFigures(input(cs));
    expect(f.channels.map((c) => [c.key, c.count, c.share])).toEqual([
      ['phone', 2, 0.5],
      ['unknown', 1, 0.25],
      ['web-form', 1, 0.25],
    ]);
  });
});

describe('places', () => {
  it('reads a street name without its house number, flat or town', () => {
    expect(streetNameOf('12 Oak Lane')).toBe('Oak Lane');
    expect(streetNameOf('Apt 4B, 14 oak lane, Springfield')).toBe('Oak Lane');
    expect(streetNameOf('1200 N. Main St.')).toBe('North Main Street');
    expect(streetNameOf('Oak Ln')).toBe('Oak Lane');
    expect(streetNameOf('55 King Street Flat 2')).toBe('King Street');
    expect(streetNameOf('')).toBe('');
    expect(streetNameOf('12')).toBe('');
  });

  it('lists areas and streets with at least three concerns, with the earlier monthly average', () => {
    const period = [
      pc({ area: 'Northside', address: '12 Oak Lane' }),
      pc({ area: 'northside ', address: '14 Oak Ln' }),
      pc({ area: 'Northside', address: '' }),
      pc({ area: 'Old Town', address: '3 oak lane, Springfield' }),
      pc({ area: 'Old Town', address: '1 Mill Road' }),
    ];
    const earlier = [pc({ area: 'Northside' }), pc({ area: 'Northside', address: '9 Oak Lane' }), pc({ area: 'Riverside' })];
    const f = computeFigures(input(period, earlier));
    expect(f.places.map((p) => [p.kind, p.name, p.count, p.earlierAverage])).toEqual([
      ['area', 'Northside', 3, 1],
      ['street', 'Oak Lane', 3, 0.5],
    ]);
    expect(f.places[1]?.concernIds).toEqual([period[0]?.id, period[1]?.id, period[3]?.id]);
  });

  it('never shows a house number, and skips an address field holding the citizen\'s own name or email', () => {
    const period = [1, 2, 3].map((i) => pc({ address: `${i} Oak Lane`, personal: [`${i} Oak Lane`] }));
    const odd = [1, 2, 3].map(() => pc({ address: 'Maria Lopez', personal: ['Maria Lopez'] }));
    const mail = [1, 2, 3].map(() => pc({ address: 'maria@example.org' }));
    const f = computeFigures(input([...period, ...odd, ...mail]));
    expect(f.places.map((p) => p.name)).toEqual(['Oak Lane']);
  });

  it('leaves out addresses that are missing', () => {
    const f = computeFigures(input([pc(), pc(), pc()]));
    expect(f.places).toEqual([]);
  });
});

describe('response times', () => {
  const policy = defaultResponsePolicy('UTC');
  // Tuesday 10 March 2026 10:00 UTC; normal: 5 business days (due Tuesday 17 March 10:00); high: 1 (Wed 11 March 10:00).
  it('sorts the period into answered in time, late, waiting and overdue as of the end of the period', () => {
    const inTime = pc({ firstResponseAt: '2026-03-12T10:00:00.000Z' });
    const late = pc({ priority: 'high', firstResponseAt: '2026-03-12T10:00:00.000Z' });
    const overdue = pc();
    const waiting = pc({ createdAt: '2026-03-31T10:00:00.000Z' });
    const closedUnanswered = pc({ status: 'closed' });
    const f = computeFigures(input([inTime, late, overdue, waiting, closedUnanswered], [], { responsePolicy: policy }));
    const r = f.responseTimes;
    expect(r?.total).toBe(4);
    expect(r?.answeredInTime.concernIds).toEqual([inTime.id]);
    expect(r?.answeredLate.concernIds).toEqual([late.id]);
    expect(r?.overdue.concernIds).toEqual([overdue.id]);
    expect(r?.waiting.concernIds).toEqual([waiting.id]);
    expect(r?.answeredInTime.share).toBe(0.25);
    expect(r?.medianMinutesToAnswer).toBe(2 * 24 * 60);
    expect(r?.byPriority).toEqual([
      { priority: 'normal', total: 3, inTime: 1, medianMinutesToAnswer: 2880 },
      { priority: 'high', total: 1, inTime: 0, medianMinutesToAnswer: 2880 },
      { priority: 'top', total: 0, inTime: 0, medianMinutesToAnswer: null },
    ]);
  });

  it('judges an unanswered concern at now when now comes before the end of the period', () => {
    const c = pc();
    const early = computeFigures(input([c], [], { responsePolicy: policy, now: '2026-03-11T10:00:00.000Z' }));
    expect(early.responseTimes?.waiting.count).toBe(1);
    const later = computeFigures(input([c], [], { responsePolicy: policy, now: '2026-04-20T10:00:00.000Z' }));
    expect(later.responseTimes?.overdue.count).toBe(1);
  });

  it('has no median when nothing was answered', () => {
    const f = computeFigures(input([pc()], [], { responsePolicy: policy }));
    expect(f.responseTimes?.medianMinutesToAnswer).toBeNull();
  });
});

describe('repeat contacts', () => {
  it('counts citizens with two or more concerns, without their keys, and those seen earlier', () => {
    const a = [pc({ contactKey: 'email:a@x.org' }), pc({ contactKey: 'email:a@x.org' }), pc({ contactKey: 'email:a@x.org' })];
    const b = [pc({ contactKey: 'phone:5550142368' }), pc({ contactKey: 'phone:5550142368' })];
    const c = [pc({ contactKey: 'name:tom baker' })];
    const anonymous = [pc(), pc()];
    const earlier = [pc({ contactKey: 'email:a@x.org' }), pc({ contactKey: 'name:tom baker' }), pc({ contactKey: 'name:else' })];
    const r = computeFigures(input([...a, ...b, ...c, ...anonymous], earlier)).repeatContacts;
    expect(r.citizens).toBe(2);
    expect(r.concernIds).toEqual([...a, ...b].map((x) => x.id));
    expect(r.distribution.map((d) => [d.key, d.count, d.share, d.concernIds.length])).toEqual([
      ['2', 1, 0.5, 2],
      ['3', 1, 0.5, 3],
    ]);
    expect(r.returningFromEarlierMonths).toBe(2);
    expect(JSON.stringify(r)).not.toMatch(/x\.org|555|baker/);
  });
});
