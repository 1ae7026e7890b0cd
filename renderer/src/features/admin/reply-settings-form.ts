/**
 * The "Replies" form: the reply templates and the response policy for comments (shared/domain/replies.ts) as the
 * form holds them, checked with the shared schemas, and the conversions between the form and the API. The form
 * has the request's shape, so the server's issue paths name its fields; only the number of exchanges differs,
 * held as the text typed.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import type { UpdateReplySettingsRequest } from '@shared/api/office-profile';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { CommentPolicySchema, REPLY_GROUPS, ReplyTemplatesSchema, type ReplyGroup, type ReplyTemplate } from '@shared/domain/replies';
import { typedNumber } from './typed-number';

/** The form's schema. */
export const ReplySettingsFormSchema = z.object({
  replyTemplates: ReplyTemplatesSchema,
  commentPolicy: CommentPolicySchema.extend({
    moveToPhoneAfter: typedNumber(CommentPolicySchema.shape.moveToPhoneAfter),
  }),
});

/** What the form holds while editing. */
export type ReplySettingsInput = z.input<typeof ReplySettingsFormSchema>;
/** What the form gives on submit. */
export type ReplySettingsValues = z.output<typeof ReplySettingsFormSchema>;

/** The form filled in from the profile the server gave. */
export function toReplySettingsInput(profile: Pick<OfficeProfile, 'replyTemplates' | 'commentPolicy'>): ReplySettingsInput {
  return {
    replyTemplates: profile.replyTemplates.map((template) => ({ ...template })),
    commentPolicy: { ...profile.commentPolicy, moveToPhoneAfter: String(profile.commentPolicy.moveToPhoneAfter) },
  };
}

/** The PUT body for the form's values. */
export function toReplySettingsRequest(values: ReplySettingsValues): UpdateReplySettingsRequest {
  return { replyTemplates: values.replyTemplates, commentPolicy: values.commentPolicy };
}

/** The indexes of the templates of `group`, in the list's order (the order the composer offers them). */
export function indexesOfGroup(templates: readonly Pick<ReplyTemplate, 'group'>[], group: ReplyGroup): number[] {
  return templates.flatMap((template, index) => (template.group === group ? [index] : []));
}

/** The index to swap with to move template `index` one place up (-1) or down (+1) within its group, if any. */
export function neighbourInGroup(templates: readonly Pick<ReplyTemplate, 'group'>[], index: number, step: -1 | 1): number | undefined {
  const group = templates[index]?.group;
  if (group === undefined) return undefined;
  const indexes = indexesOfGroup(templates, group);
  return indexes[indexes.indexOf(index) + step];
}

/** The groups in the order the form shows them. */
export const FORM_GROUPS: readonly ReplyGroup[] = REPLY_GROUPS;

const FIELD_PATTERNS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^replyTemplates\.(\d+)\.(title|body)$/, (m) => m[0]],
  [/^replyTemplates\.(\d+)(\.(id|group))?$/, (m) => `replyTemplates.${m[1] ?? '0'}.title`],
  [/^commentPolicy\.(whenToRespond|tone|moveToPhoneAfter|whoToInvolve)$/, (m) => m[0]],
];

/** The form field a server issue's dotted path is about; undefined for the whole request. */
export function replySettingsFieldOf(path: string): FieldPath<ReplySettingsInput> | undefined {
  for (const [pattern, field] of FIELD_PATTERNS) {
    const match = pattern.exec(path);
    if (match !== null) return field(match) as FieldPath<ReplySettingsInput>;
  }
  return undefined;
}
