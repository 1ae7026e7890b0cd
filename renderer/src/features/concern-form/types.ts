/** What opening the full form needs: whose draft it writes to and what it starts with. */
import type { ConcernFields } from '@shared/domain/concern';

/** A request to open the form for a new concern or for editing a saved one. */
export interface FormRequest {
  /** The draft the form's values are autosaved into (and deleted once saved). */
  readonly draftId: string;
  readonly draftCreatedAt: string;
  /** The quick line the form was opened from, kept in the draft. */
  readonly line: string;
  readonly initial: ConcernFields;
  /** The saved concern being edited; absent for a new concern. */
  readonly concernId?: string;
  /** True when the values are unsaved work (from the line or a draft), so the draft is written at once. */
  readonly isUnsaved: boolean;
}
