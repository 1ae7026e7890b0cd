/**
 * The "Replies" form's rules and conversions: the profile into the form and back into PUT's body, the shared
 * rules with their messages on the right box, moving a template within its group, and the server's issue paths
 * onto the form's fields.
 */
import { describe, expect, it } from 'vitest';
import { defaultOfficeProfile } from '../../../../shared/domain/office-profile';
import {
  ReplySettingsFormSchema,
  indexesOfGroup,
  neighbourInGroup,
  replySettingsFieldOf,
  toReplySettingsInput,
  toReplySettingsRequest,
  type ReplySettingsInput,
} from '../../../../renderer/src/features/admin/reply-settings-form';

const PROFILE = defaultOfficeProfile('Europe/Berlin', 'Riverside Town Hall');

function messages(input: ReplySettingsInput): Record<string, string> {
  const result = ReplySettingsFormSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the replies form', () => {
  it('round-trips the profile: the number of exchanges is held as typed text and sent as a number', () => {
    const input = toReplySettingsInput(PROFILE);
    expect(input.commentPolicy.moveToPhoneAfter).toBe('2');
    const request = toReplySettingsRequest(ReplySettingsFormSchema.parse({ ...input, commentPolicy: { ...input.commentPolicy, moveToPhoneAfter: ' 4 ' } }));
    expect(request).toEqual({ replyTemplates: PROFILE.replyTemplates, commentPolicy: { ...PROFILE.commentPolicy, moveToPhoneAfter: 4 } });
  });

  it('puts each message on its box', () => {
    const input = toReplySettingsInput(PROFILE);
    input.replyTemplates[1] = { ...input.replyTemplates[1]!, title: ' ', body: 'Dear {name}' };
    expect(messages({ ...input, commentPolicy: { ...input.commentPolicy, moveToPhoneAfter: '', tone: '' } })).toEqual({
      'replyTemplates.1.title': 'Give the template a title',
      'replyTemplates.1.body': '{name} is not a placeholder: use {office}, {citizen}, {summary} or {project}',
      'commentPolicy.tone': 'Write the tone to answer in',
      'commentPolicy.moveToPhoneAfter': 'Give the number of exchanges as a whole number from 1 to 20',
    });
    const fresh = toReplySettingsInput(PROFILE);
    expect(messages({ ...fresh, commentPolicy: { ...fresh.commentPolicy, moveToPhoneAfter: 'two' } })).toEqual({
      'commentPolicy.moveToPhoneAfter': 'Give the number of exchanges as a whole number from 1 to 20',
    });
  });

  it('moves a template only within its own group', () => {
    const list = [{ group: 'apology' }, { group: 'closing' }, { group: 'apology' }, { group: 'apology' }] as const;
    expect(indexesOfGroup(list, 'apology')).toEqual([0, 2, 3]);
    expect(neighbourInGroup(list, 2, -1)).toBe(0);
    expect(neighbourInGroup(list, 0, 1)).toBe(2);
    expect(neighbourInGroup(list, 0, -1)).toBeUndefined();
    expect(neighbourInGroup(list, 1, 1)).toBeUndefined();
  });

  it("places the server's issues on the form's fields", () => {
    expect(replySettingsFieldOf('replyTemplates.3.body')).toBe('replyTemplates.3.body');
    expect(replySettingsFieldOf('replyTemplates.3.id')).toBe('replyTemplates.3.title');
    expect(replySettingsFieldOf('commentPolicy.moveToPhoneAfter')).toBe('commentPolicy.moveToPhoneAfter');
    expect(replySettingsFieldOf('replyTemplates')).toBeUndefined();
  });
});
