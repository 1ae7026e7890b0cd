/** Remembers which form draft is open, so a reload in the middle of the form opens it again. */
import { createMarker } from '../../lib/marker';

const openForm = createMarker('civic-notebook.open-form-draft');

/** Notes that the form for this draft is open. */
export const rememberOpenForm = (draftId: string): void => openForm.set(draftId);
/** Notes that no form is open. */
export const forgetOpenForm = (): void => openForm.clear();
/** The draft whose form was open when the page last closed, if any. */
export const openFormDraftId = (): string | undefined => openForm.get();
