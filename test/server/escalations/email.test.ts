import { describe, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import { composeEscalationEmail, concernLink, escalationMessageId } from '../../../server/src/escalations/email';
import { concernId } from '../../shared/sync/fixtures';
import { fields } from '../../helpers/concerns';

const concern: Concern = {
  ...fields({
    summary: 'Flooded underpass <script>alert(1)</script> & more',
    details: 'Water up to the knees.\nCars are stuck.',
    channel: 'walk-in',
    priority: 'top',
    location: { address: '12 Mill Lane', area: 'Riverside' },
    contact: { name: 'Dana Citizen', phone: '555 014 2368', email: 'dana@example.net', preferredReply: 'phone', consentToContact: true, anonymous: false },
  }),
  id: concernId(1),
  createdAt: '2025-03-14T09:00:00.000Z',
  createdBy: 'Ben at the front desk',
  updatedAt: '2025-03-14T09:00:00.000Z',
  updatedBy: 'Ben at the front desk',
};

const input = { concern, escalationNumber: 2, queuedAt: new Date('2025-03-14T09:05:00.000Z'), includeContactDetails: false, publicUrl: 'https://notebook.town.example/' };

describe('the priority email', () => {
  it('names the summary and "Top priority" in a one-line subject', () => {
    const email = composeEscalationEmail({ ...input, concern: { ...concern, summary: 'Flooded\nunderpass' } });
    expect(email.subject).toBe('Top priority: Flooded underpass');
    expect(composeEscalationEmail({ ...input, concern: { ...concern, summary: 'word '.repeat(60) } }).subject.length).toBeLessThanOrEqual(170);
  });

  it('carries summary, details, channel, location, who logged it and when, and a link that opens the concern', () => {
    const { text, html } = composeEscalationEmail(input);
    for (const part of [
      'Summary: Flooded underpass <script>alert(1)</script> & more',
      'Channel: Walk-in',
      'Location: 12 Mill Lane, Riverside',
      'Logged: 2025-03-14 09:00 UTC by Ben at the front desk',
      'Top priority since: 2025-03-14 09:05 UTC',
      'Water up to the knees.\nCars are stuck.',
      `Open it in Civic Notebook: https://notebook.town.example/#/concern/${concern.id}`,
    ]) {
      expect(text).toContain(part);
    }
    expect(html).toContain(`<a href="https://notebook.town.example/#/concern/${concern.id}">`);
    expect(html).toContain('Walk-in');
  });

  it('escapes every value in the HTML part', () => {
    const { html } = composeEscalationEmail({ ...input, concern: { ...concern, createdBy: 'Ben "B" <b>' } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; more');
    expect(html).toContain('Ben &#34;B&#34; &#60;b&#62;');
  });

  it("leaves the citizen's name, email and phone out unless the office allows them", () => {
    const without = composeEscalationEmail(input);
    for (const part of [without.text, without.html]) {
      for (const detail of ['Dana', 'dana@example.net', '555 014 2368']) expect(part).not.toContain(detail);
      expect(part).toContain('Contact details are in the notebook');
    }
    const withThem = composeEscalationEmail({ ...input, includeContactDetails: true });
    expect(withThem.text).toContain('Name: Dana Citizen\nEmail: dana@example.net\nPhone: 555 014 2368\nReply: by phone');
    const anonymous = { ...concern, contact: { ...concern.contact, name: '', phone: '', email: '', preferredReply: 'none' as const, anonymous: true } };
    expect(composeEscalationEmail({ ...input, includeContactDetails: true, concern: anonymous }).text).toContain('Citizen: Asked to stay anonymous');
  });

  it('keeps control characters out of the message', () => {
    const { text, subject } = composeEscalationEmail({ ...input, concern: { ...concern, summary: 'Bad\u0000line\u0007', details: 'a\u0000b\r\nc' } });
    expect(subject).toBe('Top priority: Badline');
    expect(text).toContain('ab\nc');
    for (const character of ['\u0000', '\u0007', '\r']) expect(text).not.toContain(character);
  });

  it('gives every attempt of an escalation the same Message-ID, and each escalation its own', () => {
    expect(composeEscalationEmail(input).messageId).toBe(`<escalation-${concern.id}-2@notebook.town.example>`);
    expect(composeEscalationEmail(input).messageId).toBe(composeEscalationEmail(input).messageId);
    expect(composeEscalationEmail({ ...input, escalationNumber: 3 }).messageId).not.toBe(composeEscalationEmail(input).messageId);
    expect(escalationMessageId('http://127.0.0.1:4173/', concern.id, 1)).toBe(`<escalation-${concern.id}-1@civic-notebook.invalid>`);
  });

  it('builds the link from the public address with or without a trailing slash or a path', () => {
    expect(concernLink('http://127.0.0.1:4173/', 'x')).toBe('http://127.0.0.1:4173/#/concern/x');
    expect(concernLink('https://town.example/notebook', 'x')).toBe('https://town.example/notebook/#/concern/x');
  });
});
