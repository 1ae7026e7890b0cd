/**
 * The hand-over from a second launch to the running instance. Only one instance runs (two would fight over
 * the same IndexedDB), so launching the app again, from its icon or through a civicnotebook:// link on
 * Windows and Linux, starts a process that quits at once after Electron passes its command line to the first
 * one's 'second-instance' event. This is that event's handler, free of Electron so it can be tested.
 */
import { concernIdFromArgv } from './deep-link';

/** What the hand-over acts on. */
export interface SecondInstanceActions {
  /** Brings the notebook window to the front (or opens one when none is open). */
  readonly focus: () => void;
  /** Opens a concern in the window (see createConcernOpener). */
  readonly openConcern: (concernId: string) => void;
  /** Where a link that is not valid is reported. */
  readonly warn?: (message: string) => void;
}

/** Handles a second launch: the notebook comes to the front, and opens the concern its command line links to. */
export function handleSecondInstance(argv: readonly string[], actions: SecondInstanceActions): void {
  // Focused first and always: whoever launched the app again wants to see it, even if their link is broken.
  actions.focus();
  const concernId = concernIdFromArgv(argv, actions.warn);
  if (concernId !== undefined) actions.openConcern(concernId);
}
