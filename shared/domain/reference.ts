/**
 * The short reference of a concern that staff read out and citizens quote ("your reference is 7F3A09C2"): the
 * last 8 characters of its id, upper-case. Not the first 8: a UUIDv7 starts with its timestamp, so concerns
 * logged within the same minute or so would share them; the end is random. Two concerns of one office may, rarely,
 * share a reference: a search for it then lists both.
 */

/** The concern's short reference. */
export function concernReference(concernId: string): string {
  return concernId.replace(/-/g, '').slice(-8).toUpperCase();
}
