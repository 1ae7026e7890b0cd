import { describe, expect, it } from 'vitest';
import { describeChange, formatValue } from '../../../../renderer/src/features/notebook/describe-change';

describe('history lines', () => {
  it('says which field changed from what to what', () => {
    expect(describeChange({ field: 'contact.email', from: 'ana@example.org', to: 'ana.p@example.org' })).toBe(
      'Email: from ana@example.org to ana.p@example.org',
    );
  });

  it('uses the words staff know for fixed values', () => {
    expect(describeChange({ field: 'status', from: 'new', to: 'in-progress' })).toBe('Status: from New to In progress');
    expect(describeChange({ field: 'priority', from: 'normal', to: 'top' })).toBe('Priority: from Normal to Top');
    expect(describeChange({ field: 'contact.preferredReply', from: 'none', to: 'in-person' })).toBe(
      'Preferred way to reply: from No reply needed to In person',
    );
  });

  it('reads additions and removals plainly', () => {
    expect(describeChange({ field: 'location.area', from: '', to: 'Northside' })).toBe('Area: set to Northside');
    expect(describeChange({ field: 'tags', from: ['waste'], to: [] })).toBe('Tags: cleared (was #waste)');
    expect(describeChange({ field: 'followUp.needed', from: false, to: true })).toBe('Follow-up needed: from No to Yes');
  });

  it('shows tags with # and unknown fields by their path', () => {
    expect(formatValue('tags', ['a', 'b'])).toBe('#a #b');
    expect(describeChange({ field: 'future.field', from: 'x', to: 'y' })).toBe('future.field: from x to y');
  });
});
