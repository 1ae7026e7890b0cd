/** The office profile desks receive from the server (office_profile, one row), if this desk has it yet. */
import { OFFICE_PROFILE_ID, OfficeProfileSchema, type OfficeProfile } from '@shared/domain/office-profile';
import { defaultCommentPolicy, defaultReplyTemplates } from '@shared/domain/replies';
import type { NotebookDb } from './database';

/**
 * The synced office profile, or undefined before the desk has received one. A row stored before the reply
 * templates existed reads with the defaults the schema fills in; one the schema refuses (it was checked when
 * pulled, so only a bug could make one) is used as stored, the replies defaulted, rather than hiding the office's
 * response times.
 */
export async function readOfficeProfile(db: NotebookDb): Promise<OfficeProfile | undefined> {
  const row = await db.office_profile.get(OFFICE_PROFILE_ID);
  if (row === undefined) return undefined;
  const parsed = OfficeProfileSchema.safeParse(row);
  return parsed.success ? parsed.data : { ...row, replyTemplates: row.replyTemplates ?? defaultReplyTemplates(), commentPolicy: row.commentPolicy ?? defaultCommentPolicy() };
}
