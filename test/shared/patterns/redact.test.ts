import { describe, expect, it } from 'vitest';
import { containsPersonalData, redact } from '@shared/patterns/redact';

describe('redact', () => {
  it('removes the name, phone, email and address of the example a citizen gives', () => {
    const text = "I'm Maria Lopez, call me on 555 014 2368 or maria@example.org, I live at 12 Oak Lane. Pothole on Main Street";
    expect(redact(text, ['Maria Lopez'])).toBe(
      "I'm [name], call me on [phone] or [email], I live at [address]. Pothole on Main Street",
    );
  });

  it.each([
    ['(555) 014-2368', 'call [phone] today'],
    ['+44 (0)20 7946 0958', 'call [phone] today'],
    ['555.014.2368', 'call [phone] today'],
    ['+1-555-014-2368 ext. 12', 'call [phone] today'],
    ['0049 30 1234567', 'call [phone] today'],
    ['5550142368', 'call [phone] today'],
  ])('removes the phone number %s', (phone, expected) => {
    expect(redact(`call ${phone} today`, [])).toBe(expected);
  });

  it.each([
    'There are 3 potholes on Elm St',
    'Reported on 2024-03-15 and again on 12/03/2024',
    'Open 9.00-17.00, Monday to Friday',
    'It cost $1500000 and took from 2023 2024 to 2025',
    'Complaints between 2019-2021 rose by 12.5%',
    'Route 12 skips the stop at 7:45 every day',
  ])('keeps numbers that are not phone numbers: %s', (text) => {
    expect(redact(text, [])).toBe(text);
  });

  it.each([
    ['Apt 4B, 55 King Street has no heat', '[address] has no heat'],
    ['The lamp at 1200 N. Main St. is out', 'The lamp at [address] is out'],
    ['Bins not collected at 7 Mill Lane, Flat 2', 'Bins not collected at [address]'],
    ['send it to PO Box 1234', 'send it to [address]'],
    ['I live at 12 oak lane now', 'I live at [address] now'],
  ])('removes the street address in "%s"', (text, expected) => {
    expect(redact(text, [])).toBe(expected);
  });

  it('keeps a street named without a house number, a public place', () => {
    expect(redact('Potholes all along Main Street and Oak Lane', [])).toBe('Potholes all along Main Street and Oak Lane');
    expect(redact('3 big holes in the road', [])).toBe('3 big holes in the road');
  });

  it.each([
    ['My name is Aisha Khan and the lights are out', 'My name is [name] and the lights are out'],
    ['This is Tom Baker calling about the bins', 'This is [name] calling about the bins'],
    ['Mrs. Lopez says the drain is blocked', '[name] says the drain is blocked'],
    ['Dr Chen reported it', '[name] reported it'],
    ['Please fix it.\nRegards,\nJohn Smith', 'Please fix it.\nRegards,\n[name]'],
    ['Thanks, Priya', 'Thanks, [name]'],
    ['my neighbour Olga Novak fell', 'my neighbour [name] fell'],
  ])('removes the name a cue introduces: %s', (text, expected) => {
    expect(redact(text, [])).toBe(expected);
  });

  it('does not take a common word after a cue for a name', () => {
    for (const text of ["I'm Worried about the road", 'Thanks, Council', 'This is Main Street again? No.', 'I am Not happy']) {
      expect(redact(text, [])).toBe(text);
    }
  });

  it('takes a name whose first word is a common one when a surname follows it, or a sure cue comes before it', () => {
    expect(redact('My name is Grace Reid.', [])).toBe('My name is [name].');
    expect(redact("I'm Grace Reid, call me.", [])).toBe("I'm [name], call me.");
    expect(redact('This is Hope Smith calling about the bins', [])).toBe('This is [name] calling about the bins');
    expect(redact('Regards,\nGrace Reid\n', [])).toBe('Regards,\n[name]\n');
    expect(redact('My name is Grace.', [])).toBe('My name is [name].');
  });

  it('takes a caller introducing themselves ("Olga Reid here,") and a person staff spoke to', () => {
    expect(redact('Olga Reid here, 12 Oak Lane.', [])).toBe('[name] here, [address].');
    expect(redact('Bins missed again. Ian Murphy here.', [])).toBe('Bins missed again. [name] here.');
    expect(redact('Spoke to Will Turner about the park', [])).toBe('Spoke to [name] about the park');
  });

  it('leaves civic words where those cues would look for a name', () => {
    for (const text of ['Parking here is a nightmare', 'Council Tax here is too high.', 'Spoke to Highways about it', "I'm Very Worried", 'The Park here is dirty']) {
      expect(redact(text, [])).toBe(text);
    }
  });

  it("removes the concern's own names in full and by their capitalised parts", () => {
    expect(redact('lopez, maria called. Later Lopez called again; Maria too.', ['Maria Lopez'])).toBe(
      'lopez, maria called. Later [name] called again; [name] too.',
    );
    expect(redact('MARIA LOPEZ wrote', ['Maria Lopez'])).toBe('[name] wrote');
  });

  it('removes a name part that is a common word only as the full name', () => {
    const personal = ['Rose Hill', 'Will Park'];
    expect(redact('The water rose near Park Avenue. Will it be fixed? Rose Hill and will park wrote.', personal)).toBe(
      'The water rose near Park Avenue. Will it be fixed? [name] and [name] wrote.',
    );
  });

  it("removes the concern's own phone in another grouping and its email in another case", () => {
    expect(redact('ring 555-014-2368 or MARIA@EXAMPLE.ORG', ['555 014 2368', 'maria@example.org'])).toBe('ring [phone] or [email]');
  });

  it("removes the concern's street line even inside a longer address", () => {
    expect(redact('at 12b quarry hill, near the shop', ['12B Quarry Hill, Springfield'])).toBe('at [address], near the shop');
  });

  it('removes spelled-out emails and leaves CFPB masks alone', () => {
    expect(redact('write to maria (at) example (dot) org', [])).toBe('write to [email]');
    expect(redact('On XX/XX/XXXX I called XXXX XXXX', [])).toBe('On XX/XX/XXXX I called XXXX XXXX');
  });

  it('is idempotent and leaves placeholders alone, even with a personal string like a placeholder word', () => {
    const personal = ['name', 'email', 'Fay Moss'];
    const once = redact('Fay Moss, fay@x.org, 4 Elm Road, 555 014 2368: name and email', personal);
    expect(once).toBe('[name], [email], [address], [phone]: [name] and [name]');
    expect(redact(once, personal)).toBe(once);
  });

  it('returns an empty string for empty or non-string input instead of throwing', () => {
    expect(redact('', [])).toBe('');
    expect(redact(undefined as unknown as string, [])).toBe('');
    expect(redact('plain text', null as unknown as string[])).toBe('plain text');
  });
});

describe('containsPersonalData', () => {
  it('lists what it finds, each once, in text order', () => {
    expect(containsPersonalData('Maria Lopez (maria@example.org) at 12 Oak Lane, 555 014 2368; Maria Lopez again', ['Maria Lopez'])).toEqual([
      'Maria Lopez',
      'maria@example.org',
      '12 Oak Lane',
      '555 014 2368',
    ]);
  });

  it('finds nothing in a redacted text or in plain civic text', () => {
    expect(containsPersonalData("I'm [name], call [phone] or [email] at [address]", ['name'])).toEqual([]);
    expect(containsPersonalData('Potholes on Main Street since March', [])).toEqual([]);
  });
});
