/** The automatic acknowledgement email to a concern's citizen (citizen_acknowledgements, written by the server only). */
import type { CitizenAcknowledgement } from '@shared/sync/store';
import type { NotebookDb } from './database';

/** The concern's acknowledgement, or undefined when none is (yet) known to this desk. */
export async function acknowledgementOf(db: NotebookDb, concernId: string): Promise<CitizenAcknowledgement | undefined> {
  return db.citizen_acknowledgements.get(concernId);
}
