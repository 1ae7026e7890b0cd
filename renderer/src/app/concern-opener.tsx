/**
 * Opening a concern for review from anywhere in the app (an entry's details, a search result, a link inside
 * the timeline) without threading a callback through every list: the shell provides it, features call it.
 * Outside the shell (tests rendering one feature) there is no opener, and the features leave the way out.
 */
import { createContext, useContext } from 'react';

/** Opens a concern's review page by id. */
export type ConcernOpener = (concernId: string) => void;

/** The shell's opener; undefined outside the shell. */
export const ConcernOpenerContext = createContext<ConcernOpener | undefined>(undefined);

/** The opener, or undefined where there is none. */
export function useConcernOpener(): ConcernOpener | undefined {
  return useContext(ConcernOpenerContext);
}
