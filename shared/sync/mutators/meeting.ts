/**
 * The monthly meeting's records (shared/domain/meeting.ts): facilitators' corrections of the pattern engine's
 * themes, the agenda, and the decisions and action items the meeting records. Each record is a row of its own,
 * so concurrent work at several desks all survives; nothing is ever deleted, only withdrawn or removed, so an
 * undo is itself a change that syncs.
 *
 * Merge rules (the server's order decides):
 * - correctTheme, pinToAgenda and recordDecision only insert a row.
 * - withdrawCorrection, unpinFromAgenda and withdrawDecision are idempotent: a row already withdrawn (two
 *   facilitators undoing at once) keeps its first withdrawer, and nobody is told off.
 * - moveAgendaItem sets one row's position; of two moves of the same item, the later one wins. The agenda reads
 *   in (position, id) order, so every desk shows the same order whatever the positions. A move of an item taken
 *   off the agenda is refused, as is any change to a withdrawn decision: what the author meant to change is gone.
 * - editDecision is a per-field patch: edits of different fields both survive; the same field: the later wins.
 * - completeDecision keeps the first completion's time and author when two desks tick it at once.
 *
 * Positions: a pin without a position goes after everything pinned or moved before it, taking the pin's time
 * in milliseconds since 1970 as its position (the store port cannot ask for "the last item" of a period). A
 * move places an item between two neighbours: agendaPositionBetween computes the number.
 */
import { z } from 'zod';
import {
  AgendaSubjectSchema,
  MeetingDecisionSchema,
  MonthSchema,
  ThemeCorrectionSchema,
  type AgendaItem,
  type MeetingDecision,
  type ThemeCorrection,
} from '../../domain/meeting';
import { UUIDV7_PATTERN } from '../../lib/uuidv7';
import { isoToUnixMs } from '../context';
import { MutationRejected } from '../errors';
import { defineMutator, insertRow, putRow } from '../mutator';
import type { SyncStore, TableName } from '../store';

/** The synced tables of the meeting's records. */
export const MEETING_TABLES = ['theme_corrections', 'meeting_agenda', 'meeting_decisions'] as const satisfies readonly TableName[];

/**
 * What a desk's outbox files a meeting mutation under, where a concern's mutations are filed under the concern's
 * id: a pulled page touching any meeting row re-runs the pending meeting mutations, and nothing else.
 */
export { MEETING_SCOPE } from '../scopes';

const STAMPS = { id: true, by: true, at: true, withdrawnAt: true, withdrawnBy: true } as const;
const [renameRow, mergeRow, splitRow, hideRow] = ThemeCorrectionSchema.options;

const sameTerms = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Schema of a correction as a facilitator makes it: the row without its id and stamps. */
export const CorrectionArgsSchema = z.discriminatedUnion(
  'kind',
  [
    renameRow.omit(STAMPS),
    mergeRow.omit(STAMPS).refine((m) => m.signatures.every((s, i) => m.signatures.findIndex((t) => sameTerms(s, t)) === i), {
      message: 'Choose different themes to merge: the same theme is named twice',
      path: ['signatures'],
    }),
    splitRow.omit(STAMPS),
    hideRow.omit(STAMPS),
  ],
  { error: 'Say how to correct the theme: rename, merge, split or hide' },
);

const idOf = (what: string) => z.string().regex(UUIDV7_PATTERN, `Expected the ${what} id (a UUIDv7)`);
const CorrectionIdSchema = idOf('correction');
const AgendaItemIdSchema = idOf('agenda item');
const DecisionIdSchema = idOf('decision');
const PositionSchema = z.number({ error: 'Give the position as a number' }).finite('Give the position as a finite number');

/** Unix milliseconds of the pin: the position of a pin that names none (see the header). */
function positionAtEnd(at: string): number {
  return isoToUnixMs(at);
}

/**
 * A position between two neighbours of the agenda (undefined: no neighbour on that side), for moveAgendaItem:
 * the midpoint, one past the last, one before the first, or 0 on an empty agenda. Positions near a pin's time
 * (about 2^41) halve a gap of one second some 22 times, of one millisecond 12 times, before the midpoint equals a
 * neighbour; a move then ties with it and the ids decide the order. An agenda of a dozen items never gets near.
 */
export function agendaPositionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return before + (after - before) / 2;
}

async function requireCorrection(store: SyncStore, id: string): Promise<ThemeCorrection> {
  const row = await store.get('theme_corrections', id);
  if (row !== undefined) return row;
  throw new MutationRejected('This correction is not in the notebook (it may not have reached this desk), so nothing was undone.', 'not-found', {
    id,
  });
}

async function requireAgendaItem(store: SyncStore, id: string, change: string): Promise<AgendaItem> {
  const row = await store.get('meeting_agenda', id);
  if (row !== undefined) return row;
  throw new MutationRejected(`This agenda item is not in the notebook (it may not have reached this desk), so it was not ${change}.`, 'not-found', { id });
}

/** The decision with this id, refusing one missing or (unless `evenWithdrawn`) withdrawn, in words naming `change`. */
async function requireDecision(store: SyncStore, id: string, change: string, evenWithdrawn = false): Promise<MeetingDecision> {
  const row = await store.get('meeting_decisions', id);
  if (row === undefined) {
    throw new MutationRejected(`This decision is not in the notebook (it may not have reached this desk), so it was not ${change}.`, 'not-found', { id });
  }
  if (row.withdrawnAt !== null && !evenWithdrawn) {
    throw new MutationRejected(`${row.withdrawnBy ?? 'Someone'} withdrew this decision, so it was not ${change}.`, 'withdrawn', { id });
  }
  return row;
}

/** Records a facilitator's correction of a theme (rename, merge, split or hide); next month it applies again. */
export const correctTheme = defineMutator({
  name: 'correctTheme',
  args: CorrectionArgsSchema,
  async run(store, args, ctx) {
    const row = { ...args, id: ctx.newId(), by: ctx.by, at: ctx.at, withdrawnAt: null, withdrawnBy: null };
    await insertRow(store, 'theme_corrections', row);
  },
});

/** Undoes a correction: it stays, withdrawn, so the undo syncs; withdrawing it again changes nothing. */
export const withdrawCorrection = defineMutator({
  name: 'withdrawCorrection',
  args: z.object({ id: CorrectionIdSchema }),
  async run(store, { id }, ctx) {
    const row = await requireCorrection(store, id);
    if (row.withdrawnAt !== null) return;
    await putRow(store, 'theme_corrections', { ...row, withdrawnAt: ctx.at, withdrawnBy: ctx.by });
  },
});

/** Pins a theme or a figure to a month's agenda, after everything already on it unless a position is given. */
export const pinToAgenda = defineMutator({
  name: 'pinToAgenda',
  args: z.object({ period: MonthSchema, subject: AgendaSubjectSchema, position: PositionSchema.optional() }),
  async run(store, { period, subject, position }, ctx) {
    await insertRow(store, 'meeting_agenda', {
      id: ctx.newId(),
      period,
      subject,
      position: position ?? positionAtEnd(ctx.at),
      by: ctx.by,
      at: ctx.at,
      removedAt: null,
      removedBy: null,
    });
  },
});

/** Moves an agenda item to a new position (agendaPositionBetween its new neighbours). */
export const moveAgendaItem = defineMutator({
  name: 'moveAgendaItem',
  args: z.object({ id: AgendaItemIdSchema, position: PositionSchema }),
  async run(store, { id, position }, _ctx) {
    const row = await requireAgendaItem(store, id, 'moved');
    if (row.removedAt !== null) {
      throw new MutationRejected(`${row.removedBy ?? 'Someone'} took this item off the agenda, so it was not moved.`, 'withdrawn', { id });
    }
    if (row.position === position) return;
    await putRow(store, 'meeting_agenda', { ...row, position });
  },
});

/** Takes an item off the agenda (its row stays, removed); taking it off again changes nothing. */
export const unpinFromAgenda = defineMutator({
  name: 'unpinFromAgenda',
  args: z.object({ id: AgendaItemIdSchema }),
  async run(store, { id }, ctx) {
    const row = await requireAgendaItem(store, id, 'taken off the agenda');
    if (row.removedAt !== null) return;
    await putRow(store, 'meeting_agenda', { ...row, removedAt: ctx.at, removedBy: ctx.by });
  },
});

const OwnerSchema = MeetingDecisionSchema.shape.owner;
const DueSchema = MeetingDecisionSchema.shape.due;
const NOT_AN_ACTION = 'Only an action item has an owner and a due date; record it as an action to give it one';

/** Records a decision or an action item (with an owner and a due date) against a theme in a month's meeting. */
export const recordDecision = defineMutator({
  name: 'recordDecision',
  args: z
    .object({
      period: MonthSchema,
      kind: MeetingDecisionSchema.shape.kind,
      signature: MeetingDecisionSchema.shape.signature,
      themeLabel: MeetingDecisionSchema.shape.themeLabel,
      text: MeetingDecisionSchema.shape.text,
      owner: OwnerSchema.default(''),
      due: DueSchema.default(''),
    })
    .refine((d) => d.kind === 'action' || (d.owner === '' && d.due === ''), { message: NOT_AN_ACTION, path: ['owner'] }),
  async run(store, args, ctx) {
    const row = { ...args, id: ctx.newId(), doneAt: null, doneBy: null, by: ctx.by, at: ctx.at, withdrawnAt: null, withdrawnBy: null };
    await insertRow(store, 'meeting_decisions', row);
  },
});

/** Changes a decision's text, or an action item's owner or due date; fields not named stay as they are. */
export const editDecision = defineMutator({
  name: 'editDecision',
  args: z
    .object({ id: DecisionIdSchema, text: MeetingDecisionSchema.shape.text.optional(), owner: OwnerSchema.optional(), due: DueSchema.optional() })
    .refine((e) => e.text !== undefined || e.owner !== undefined || e.due !== undefined, { message: 'Say what to change: the text, the owner or the due date', path: ['text'] }),
  async run(store, { id, ...patch }, _ctx) {
    const row = await requireDecision(store, id, 'changed');
    const next = { ...row, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
    if (next.kind === 'decision' && (next.owner !== '' || next.due !== '')) throw new MutationRejected(`${NOT_AN_ACTION}.`, 'invalid-args', { field: 'owner' });
    if (sameTerms(next, row)) return;
    await putRow(store, 'meeting_decisions', next);
  },
});

/** Marks a decision or action item done (done: true) or not done yet (done: false). */
export const completeDecision = defineMutator({
  name: 'completeDecision',
  args: z.object({ id: DecisionIdSchema, done: z.boolean({ error: 'Say whether it is done (true or false)' }) }),
  async run(store, { id, done }, ctx) {
    const row = await requireDecision(store, id, done ? 'marked done' : 'marked not done');
    // Two desks ticking it at once: the first tick's time and name stay.
    if ((row.doneAt !== null) === done) return;
    await putRow(store, 'meeting_decisions', { ...row, doneAt: done ? ctx.at : null, doneBy: done ? ctx.by : null });
  },
});

/** Withdraws a decision recorded in error (its row stays, withdrawn); withdrawing it again changes nothing. */
export const withdrawDecision = defineMutator({
  name: 'withdrawDecision',
  args: z.object({ id: DecisionIdSchema }),
  async run(store, { id }, ctx) {
    const row = await requireDecision(store, id, 'withdrawn', true);
    if (row.withdrawnAt !== null) return;
    await putRow(store, 'meeting_decisions', { ...row, withdrawnAt: ctx.at, withdrawnBy: ctx.by });
  },
});

/** The meeting's mutators, by name (the registry in mutators.ts includes them). */
export const MEETING_MUTATORS = {
  correctTheme,
  withdrawCorrection,
  pinToAgenda,
  moveAgendaItem,
  unpinFromAgenda,
  recordDecision,
  editDecision,
  completeDecision,
  withdrawDecision,
} as const;

/** True when the mutator is one of the meeting's (its outbox entries are filed under MEETING_SCOPE). */
export function isMeetingMutator(name: string): boolean {
  return Object.hasOwn(MEETING_MUTATORS, name);
}
