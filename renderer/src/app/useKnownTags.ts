/**
 * Every tag used on this desk, for tag autocomplete. Read only while a tag is being typed (`isActive`): a
 * live query over the tag index would otherwise re-run on every save, for nobody.
 */
import { knownTags, useLiveQuery } from '../db';
import { useDesk } from './desk-context';

const NONE: readonly string[] = [];

/** The desk's tags, alphabetically, while `isActive`; empty otherwise and until the first read finishes. */
export function useKnownTags(isActive: boolean): readonly string[] {
  const { db } = useDesk();
  return useLiveQuery(() => (isActive ? knownTags(db) : NONE), [db, isActive]) ?? NONE;
}
