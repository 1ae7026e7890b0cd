import { describe, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import { MAX_MAILTO_LENGTH, concernLink, priorityMailto } from '../../../../renderer/src/features/fallback/priority-mailto';
import { fields, testId } from '../../../helpers/concerns';

const concern = (changes: Partial<Concern> = {}): Concern => ({
  ...fields({
    priority: 'top',
    summary: 'Gas smell at the school gate',
    details: 'Strong smell since 8:00, children waiting outside.',
    channel: 'walk-in',
    location: { address: '4 Mill Road', area: 'North' },
    contact: { name: 'Maria Lopez', phone: '+1 555 0100', email: 'maria@example.org', preferredReply: 'phone', consentToContact: true, anonymous: false },
  }),
  id: testId(Date.UTC(2026, 11, 3, 9)),
  createdAt: '2026-12-03T09:00:00.000Z',
  createdBy: 'Ben',
  updatedAt: '2026-12-03T09:00:00.000Z',
  updatedBy: 'Ben',
  ...changes,
});

function parse(url: string) {
  const [to = '', query = ''] = url.slice('mailto:'.length).split('?');
  const params = new URLSearchParams(query);
  return { to: to.split(',').map(decodeURIComponent), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('the priority email from the desk’s own mail program', () => {
  it('goes to every priority address with the concern, the place, who logged it and a link that opens it', () => {
    const item = concern();
    const link = concernLink('https://notebook.town.example/', item.id);
    const mail = parse(priorityMailto(item, ['urgent@town.example', 'mayor+duty@town.example'], link));
    expect(mail.to).toEqual(['urgent@town.example', 'mayor+duty@town.example']);
    expect(mail.subject).toBe('Top priority: Gas smell at the school gate');
    expect(mail.body).toContain('Details: Strong smell since 8:00, children waiting outside.');
    expect(mail.body).toContain('Place: 4 Mill Road, North');
    expect(mail.body).toContain('Channel: Walk-in');
    expect(mail.body).toContain('Logged by Ben');
    expect(mail.body).toContain(`Reference: https://notebook.town.example/#/concern/${item.id}`);
  });

  it('leaves the citizen’s contact details out, and encodes spaces as %20, never +', () => {
    const url = priorityMailto(concern(), ['urgent@town.example'], undefined);
    expect(url).not.toMatch(/Maria|555|maria@example/);
    expect(url).not.toContain('+');
    expect(url).not.toMatch(/\s/);
  });

  it('fits the link limit however long the details, in any script, keeping the reference', () => {
    for (const details of ['a'.repeat(10_000), '漢字'.repeat(5000), '🚧 '.repeat(3000)]) {
      const item = concern({ details, summary: 'Ж'.repeat(300) });
      const url = priorityMailto(item, ['urgent@town.example'], undefined);
      expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
      expect(parse(url).body).toContain(item.id);
    }
  });

  it('has no link without a known server address', () => {
    expect(concernLink(undefined, 'x')).toBeUndefined();
    expect(concernLink('', 'x')).toBeUndefined();
  });
});
