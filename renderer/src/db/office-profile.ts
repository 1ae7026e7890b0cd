/** The office profile desks receive from the server (office_profile, one row), if this desk has it yet. */
import { OFFICE_PROFILE_ID, type OfficeProfile } from '@shared/domain/office-profile';
import type { NotebookDb } from './database';

/** The synced office profile, or undefined before the desk has received one. */
export async function readOfficeProfile(db: NotebookDb): Promise<OfficeProfile | undefined> {
  return db.office_profile.get(OFFICE_PROFILE_ID);
}
