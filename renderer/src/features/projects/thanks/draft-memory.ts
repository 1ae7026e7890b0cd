/**
 * The thank-you emails staff edited and have not sent yet, kept while the app runs: opening one of the person's
 * concerns from the panel shows the concern in place of the project, which unmounts the panel, and the edits
 * must still be there on the way back. In memory only: a draft of a thank-you is not worth a stored record.
 */
import type { ThanksDraft } from '@shared/domain/thanks-draft';

const edited = new Map<string, ThanksDraft>();
const keyOf = (projectId: string, contributorKey: string) => `${projectId}:${contributorKey}`;

/** The edited drafts. */
export const draftMemory = {
  get(projectId: string, contributorKey: string): ThanksDraft | undefined {
    return edited.get(keyOf(projectId, contributorKey));
  },
  set(projectId: string, contributorKey: string, draft: ThanksDraft): void {
    edited.set(keyOf(projectId, contributorKey), draft);
  },
  forget(projectId: string, contributorKey: string): void {
    edited.delete(keyOf(projectId, contributorKey));
  },
};
