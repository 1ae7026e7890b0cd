import { describe, expect, it } from 'vitest';
import {
  CommentPolicySchema,
  REPLY_GROUPS,
  REPLY_LIMITS,
  ReplyTemplateSchema,
  ReplyTemplatesSchema,
  commentPolicyChecklist,
  defaultCommentPolicy,
  defaultReplyTemplates,
  fillTemplate,
  placeholdersIn,
  replyValuesFor,
  type ReplyTemplate,
} from '@shared/domain/replies';
import { OfficeProfileSchema, defaultOfficeProfile } from '@shared/domain/office-profile';
import { emptyConcernFields } from '@shared/domain/concern';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

const template = (body: string): ReplyTemplate => ({ id: 't1', group: 'information', title: 'Test', body });

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for, wherever it appears', () => {
    const filled = fillTemplate(template('Dear {citizen},\nAbout "{summary}" ({summary}).\n{office}\nSee {project}'), {
      citizen: 'Maria Lopez',
      summary: 'Street light out',
      office: 'Riverside Town Hall',
      project: 'https://town.example/projects/1',
    });
    expect(filled).toEqual({
      text: 'Dear Maria Lopez,\nAbout "Street light out" (Street light out).\nRiverside Town Hall\nSee https://town.example/projects/1',
      unfilled: [],
      unknown: [],
    });
  });

  it('leaves out a line whose placeholder has no value, and names the placeholder, never sending "{project}"', () => {
    const filled = fillTemplate(template('Dear {citizen},\nFollow the work here: {project}\nKind regards'), { citizen: 'Ana', project: '  ' });
    expect(filled.text).toBe('Dear Ana,\nKind regards');
    expect(filled.text).not.toContain('{');
    expect(filled.unfilled).toEqual(['project']);
  });

  it('reports words in braces that are not placeholders and leaves them as written', () => {
    const filled = fillTemplate(template('Dear {name}, see {office} { not one }'), { office: 'Town Hall' });
    expect(filled).toEqual({ text: 'Dear {name}, see Town Hall { not one }', unfilled: [], unknown: ['name'] });
  });

  it('fills every default template from a concern without leaving a brace, except the project line when there is none', () => {
    const values = replyValuesFor(
      { ...emptyConcernFields('social-media'), summary: 'Bins not emptied', contact: { ...emptyConcernFields().contact, anonymous: true, name: 'Hidden' } },
      { officeName: 'Riverside Town Hall', project: '', neutralCitizen: 'resident' },
    );
    expect(values.citizen).toBe('resident');
    for (const each of defaultReplyTemplates()) {
      const filled = fillTemplate(each, values);
      expect(filled.text, each.id).not.toMatch(/\{\w+\}/);
      expect(filled.unfilled, each.id).toEqual(each.body.includes('{project}') ? ['project'] : []);
    }
  });
});

describe('replyValuesFor', () => {
  const context = { officeName: 'Town Hall', project: 'https://x.example/p', neutralCitizen: 'resident' };
  it("uses the citizen's name, and the neutral word when the name is blank", () => {
    const named = { ...emptyConcernFields(), summary: 'S', contact: { ...emptyConcernFields().contact, name: ' Maria Lopez ' } };
    expect(replyValuesFor(named, context)).toEqual({ office: 'Town Hall', citizen: 'Maria Lopez', summary: 'S', project: 'https://x.example/p' });
    expect(replyValuesFor({ ...named, contact: { ...named.contact, name: '' } }, context).citizen).toBe('resident');
  });
});

describe('the reply template schemas', () => {
  it('accepts the defaults: a few templates in every group', () => {
    const defaults = defaultReplyTemplates();
    expect(ReplyTemplatesSchema.safeParse(defaults).success).toBe(true);
    for (const group of REPLY_GROUPS) expect(defaults.filter((t) => t.group === group).length, group).toBeGreaterThanOrEqual(2);
  });

  it('names each bad field with a specific message', () => {
    expect(messages(ReplyTemplateSchema.safeParse({ id: 'a b', group: 'thanks', title: ' ', body: '' }))).toEqual({
      id: 'A template id is 1 to 64 letters, digits or dashes',
      group: 'Choose a group for the template: acknowledgement, information, apology or closing',
      title: 'Give the template a title',
      body: 'Write the text of the reply',
    });
    expect(messages(ReplyTemplateSchema.safeParse({ ...template('x'), title: 'x'.repeat(REPLY_LIMITS.title + 1), body: 'x'.repeat(REPLY_LIMITS.body + 1) }))).toEqual({
      title: `Keep the title under ${REPLY_LIMITS.title} characters`,
      body: `Keep the text under ${REPLY_LIMITS.body} characters`,
    });
  });

  it('refuses a placeholder it does not know, naming it and the ones it does', () => {
    expect(messages(ReplyTemplateSchema.safeParse(template('Dear {name} and {first-name}')))).toEqual({
      body: '{name}, {first-name} is not a placeholder: use {office}, {citizen}, {summary} or {project}',
    });
    expect(placeholdersIn('{a} {b} {a}')).toEqual(['a', 'b']);
  });

  it('refuses a list with an id twice or too many templates', () => {
    const [first] = defaultReplyTemplates();
    expect(messages(ReplyTemplatesSchema.safeParse([first, first]))).toEqual({ '1.id': 'Each template id can appear only once' });
    const many = Array.from({ length: REPLY_LIMITS.templates + 1 }, (_, n) => ({ ...template('x'), id: `t${n}` }));
    expect(messages(ReplyTemplatesSchema.safeParse(many))).toEqual({ '': `An office can keep at most ${REPLY_LIMITS.templates} reply templates` });
  });
});

describe('the response policy for comments', () => {
  it('names each bad field with a specific message', () => {
    expect(messages(CommentPolicySchema.safeParse({ whenToRespond: '', tone: ' ', moveToPhoneAfter: 0, whoToInvolve: 'x'.repeat(1001) }))).toEqual({
      whenToRespond: 'Write which comments merit a response',
      tone: 'Write the tone to answer in',
      moveToPhoneAfter: 'Give the number of exchanges as a whole number from 1 to 20',
      whoToInvolve: 'Keep whom to involve under 1000 characters',
    });
    expect(messages(CommentPolicySchema.safeParse({ ...defaultCommentPolicy(), moveToPhoneAfter: 2.5 }))).toEqual({
      moveToPhoneAfter: 'Give the number of exchanges as a whole number from 1 to 20',
    });
  });

  it('makes a checklist of 3 to 5 lines, the phone call due once the policy number of exchanges happened', () => {
    const policy = { ...defaultCommentPolicy(), moveToPhoneAfter: 2 };
    const first = commentPolicyChecklist(policy, 0, true);
    expect(first.map((item) => item.kind)).toEqual(['when', 'tone', 'phone', 'involve', 'public']);
    expect(first[2]).toEqual({ kind: 'phone', exchange: 1, after: 2, isDue: false });
    expect(commentPolicyChecklist(policy, 1, true)[2]).toMatchObject({ exchange: 2, isDue: false });
    expect(commentPolicyChecklist(policy, 2, true)[2]).toMatchObject({ exchange: 3, isDue: true });
    const short = commentPolicyChecklist({ ...policy, whoToInvolve: ' ' }, 0, false);
    expect(short.map((item) => item.kind)).toEqual(['when', 'tone', 'phone']);
  });
});

describe('the office profile keeps the replies', () => {
  it('reads a row stored before templates existed with the default templates and policy', () => {
    const { replyTemplates: _t, commentPolicy: _p, ...old } = defaultOfficeProfile('UTC', 'Town Hall');
    const parsed = OfficeProfileSchema.parse(old);
    expect(parsed.replyTemplates).toEqual(defaultReplyTemplates());
    expect(parsed.commentPolicy).toEqual(defaultCommentPolicy());
  });

  it('refuses a stored row with a bad template, naming where', () => {
    const profile = defaultOfficeProfile('UTC');
    const bad = OfficeProfileSchema.safeParse({ ...profile, replyTemplates: [{ ...profile.replyTemplates[0], title: '' }] });
    expect(bad.error?.issues[0]?.path).toEqual(['replyTemplates', 0, 'title']);
  });
});
