/**
 * History as staff read it. One save of the form can run several mutators (fields, status, priority, tags),
 * and each appends its own entry, stamped with the save's time and author, so that the server, which runs the
 * same mutators, keeps the same rows. Shown one per mutator, a single save would read as several; so entries
 * of one concern edited at the same moment by the same person are shown as one, each field once, from its
 * first value to its last.
 */
import { emptyConcernFields } from '@shared/domain/concern';
import { diffConcernFields, type FieldChange, type HistoryEntry } from '@shared/domain/history';

/** Every field path in the order a concern lists its fields (the order a single save recorded them in). */
const FIELD_ORDER: readonly string[] = diffConcernFields(emptyConcernFields(), {
  channel: 'email',
  summary: 'x',
  details: 'x',
  contact: { name: 'x', phone: 'x', email: 'x', preferredReply: 'email', consentToContact: true, consentToUpdates: true, anonymous: true },
  location: { address: 'x', area: 'x' },
  category: 'x',
  tags: ['x'],
  priority: 'top',
  status: 'closed',
  followUp: { needed: true, due: 'x' },
}).map((change) => change.field);

const rank = (field: string) => {
  const at = FIELD_ORDER.indexOf(field);
  return at === -1 ? FIELD_ORDER.length : at;
};

/** Joins changes of one save: each field once, from its first value to its last. */
function joinChanges(changes: readonly FieldChange[]): FieldChange[] {
  const byField = new Map<string, FieldChange[]>();
  for (const change of changes) byField.set(change.field, [...(byField.get(change.field) ?? []), change]);
  const joined: FieldChange[] = [];
  for (const [field, list] of byField) {
    // Two changes of one field in one save (tags removed, then added) chain: one's "to" is the next's "from".
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const first = list.find((c) => !list.some((other) => other !== c && same(other.to, c.from))) ?? list[0];
    const last = list.find((c) => !list.some((other) => other !== c && same(other.from, c.to))) ?? list[list.length - 1];
    if (first !== undefined && last !== undefined && !same(first.from, last.to)) joined.push({ field, from: first.from, to: last.to });
  }
  return joined.sort((a, b) => rank(a.field) - rank(b.field));
}

const order = (a: HistoryEntry, b: HistoryEntry) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind !== b.kind ? (a.kind === 'created' ? -1 : 1) : a.id.localeCompare(b.id);

/** A concern's history entries, oldest first, with the entries of one save shown as one. */
export function groupSaves(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const entry of [...entries].sort(order)) {
    const previous = out[out.length - 1];
    const isSameSave =
      previous !== undefined &&
      entry.kind === 'edited' &&
      previous.kind === 'edited' &&
      previous.at === entry.at &&
      previous.by === entry.by;
    if (isSameSave) out[out.length - 1] = { ...previous, changes: joinChanges([...previous.changes, ...entry.changes]) };
    else out.push(entry);
  }
  return out;
}
