/**
 * The office's staff as this desk knows them (office_staff, written by the server only and received through
 * pull), for offering assignees and @mentions offline. A handful of rows per office, so the table keeps only
 * its primary key and these read it whole and sort in memory.
 */
import type { OfficeStaff } from '@shared/domain/review';
import type { NotebookDb } from './database';

// Case- and accent-insensitive, the way people look for a name in a list; the id breaks ties so two people
// of the same name keep one order at every desk.
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareStaff(a: OfficeStaff, b: OfficeStaff): number {
  if (a.isActive !== b.isActive) return a.isActive ? -1 : 1;
  return byName.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every colleague the desk knows, those who may still sign in first, each group by name. */
export async function officeStaff(db: NotebookDb): Promise<OfficeStaff[]> {
  return (await db.office_staff.toArray()).sort(compareStaff);
}

/**
 * The people a concern can be assigned to: active go-to people and admins, by name. Someone turned off is left
 * out (they would never see it), though their past assignments still show through officeStaff.
 */
export async function goToPeople(db: NotebookDb): Promise<OfficeStaff[]> {
  return (await officeStaff(db)).filter((member) => member.isActive && (member.role === 'goto' || member.role === 'admin'));
}
