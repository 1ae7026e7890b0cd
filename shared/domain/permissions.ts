/**
 * Who may do what in the office: one table read by the server, which enforces it on every pushed mutation
 * (server/src/sync/permissions.ts), and by the app, which hides what the person at the desk may not do.
 * Keeping both on one table means the interface never offers what the server then refuses.
 *
 *   counter      logs and edits concerns, flags them for a go-to person, comments, records a response given
 *                to the citizen, and may raise a priority (a caller turns out to be in danger: it must reach the
 *                priority lane at once), never lower it, nor move a status
 *   goto         everything a counter may, plus acknowledge, assign, change status and priority, resolve,
 *                merge duplicates, mark flags reviewed, delete; facilitate the monthly meeting; keep projects
 *                and draft the newsletter
 *   facilitator  reads everything and changes no concern; facilitates the monthly meeting: corrects the
 *                engine's themes, keeps the agenda, records decisions and action items (mutators/meeting.ts);
 *                keeps projects, drafts and sends the newsletter
 *   admin        everything, and alone brings an office's history (a CSV) into the office
 *
 * Everyone thanks contributors and records a citizen's wish to stop the newsletter: whoever takes the call.
 *
 * A desk with no office (a one-person notebook, never signed in) has no role: its owner may do everything.
 */
import type { Priority } from './concern';

/** The roles of the office's accounts (shared/api/staff.ts RoleSchema has the same four). */
export type StaffRole = 'counter' | 'goto' | 'facilitator' | 'admin';

/** What a person may do to a concern, as the app offers it. */
export const CONCERN_ACTIONS = [
  'log',
  'edit',
  'flag',
  'comment',
  'respond',
  'raisePriority',
  'priority',
  'status',
  'acknowledge',
  'assign',
  'resolve',
  'merge',
  'reviewFlags',
  'delete',
] as const;
/** One of CONCERN_ACTIONS. */
export type ConcernAction = (typeof CONCERN_ACTIONS)[number];

/**
 * What a person may do beyond concerns: facilitate the monthly meeting (correct themes, keep the agenda, record
 * decisions), import the office's history from a CSV, keep projects (and link concerns to them), thank their
 * contributors, draft and send the newsletter, record that a citizen wants no more newsletters.
 */
export const OFFICE_ACTIONS = [
  'facilitate',
  'importHistory',
  'manageProjects',
  'thankContributors',
  'editNewsletter',
  'sendNewsletter',
  'recordUnsubscribe',
] as const;
/** One of OFFICE_ACTIONS. */
export type OfficeAction = (typeof OFFICE_ACTIONS)[number];
/** Anything the app offers or the server checks: a concern action or an office action. */
export type Action = ConcernAction | OfficeAction;

const COUNTER: readonly Action[] = ['log', 'edit', 'flag', 'comment', 'respond', 'raisePriority', 'thankContributors', 'recordUnsubscribe'];
const MAY: Readonly<Record<StaffRole, ReadonlySet<Action>>> = {
  counter: new Set(COUNTER),
  goto: new Set([...CONCERN_ACTIONS, 'facilitate', 'manageProjects', 'thankContributors', 'editNewsletter', 'recordUnsubscribe']),
  facilitator: new Set(['facilitate', 'manageProjects', 'thankContributors', 'editNewsletter', 'sendNewsletter', 'recordUnsubscribe']),
  admin: new Set([...CONCERN_ACTIONS, ...OFFICE_ACTIONS]),
};

/** True when `role` (undefined: a desk with no office) may do `action`. */
export function mayDo(role: StaffRole | undefined, action: Action): boolean {
  return role === undefined || MAY[role].has(action);
}

const ROLE_ORDER: readonly StaffRole[] = ['counter', 'facilitator', 'goto', 'admin'];
/** A role in words that finish "Only ... can": "a go-to person", "an admin". */
export const ROLE_WORDS: Readonly<Record<StaffRole, string>> = {
  counter: 'counter staff',
  facilitator: 'a facilitator',
  goto: 'a go-to person',
  admin: 'an admin',
};

/** The roles that may do `action`, in words: "a facilitator, a go-to person or an admin". */
export function rolesThatMay(action: Action): string {
  const words = ROLE_ORDER.filter((role) => MAY[role].has(action)).map((role) => ROLE_WORDS[role]);
  return words.length <= 1 ? (words[0] ?? 'nobody') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

const RANK: Readonly<Record<Priority, number>> = { normal: 0, high: 1, top: 2 };

/** True when `role` may move a concern's priority from `from` to `to` (unchanged is always allowed). */
export function mayChangePriority(role: StaffRole | undefined, from: Priority, to: Priority): boolean {
  if (from === to) return true;
  if (mayDo(role, 'priority')) return true;
  return mayDo(role, 'raisePriority') && RANK[to] > RANK[from];
}

/** The action each mutator needs (a mutator not listed needs nothing beyond signing in). */
export const ACTION_OF_MUTATOR: Readonly<Record<string, Action>> = {
  logConcern: 'log',
  editConcern: 'edit',
  addTags: 'edit',
  removeTags: 'edit',
  recordEscalationFallback: 'edit',
  flagConcern: 'flag',
  // Marking the tone is a note for whoever replies, as a flag is: counter staff handle the public channels.
  markNegative: 'flag',
  addComment: 'comment',
  recordResponse: 'respond',
  setPriority: 'raisePriority',
  setStatus: 'status',
  acknowledgeConcern: 'acknowledge',
  assignConcern: 'assign',
  unassignConcern: 'assign',
  reassignConcern: 'assign',
  resolveConcern: 'resolve',
  mergeConcerns: 'merge',
  reviewFlags: 'reviewFlags',
  deleteConcern: 'delete',
  correctTheme: 'facilitate',
  withdrawCorrection: 'facilitate',
  pinToAgenda: 'facilitate',
  moveAgendaItem: 'facilitate',
  unpinFromAgenda: 'facilitate',
  recordDecision: 'facilitate',
  editDecision: 'facilitate',
  completeDecision: 'facilitate',
  withdrawDecision: 'facilitate',
  importHistory: 'importHistory',
  createProject: 'manageProjects',
  editProject: 'manageProjects',
  setProjectStatus: 'manageProjects',
  linkConcerns: 'manageProjects',
  unlinkConcern: 'manageProjects',
  recordThanks: 'thankContributors',
  saveNewsletter: 'editNewsletter',
  recordUnsubscribe: 'recordUnsubscribe',
};

/** Plain words of a mutator's action, where they say more than ACTION_WORDS (assign covers three mutators). */
export const MUTATOR_WORDS: Readonly<Record<string, string>> = {
  unassignConcern: 'unassign a concern',
  reassignConcern: 'reassign a concern',
};

/** Plain words of each action, finishing "Only a go-to person or an admin can ..." and similar refusals. */
export const ACTION_WORDS: Readonly<Record<Action, string>> = {
  log: 'log a concern',
  edit: 'change a concern',
  flag: 'flag a concern for review',
  comment: 'comment on a concern',
  respond: 'record a response to the citizen',
  raisePriority: 'raise a priority',
  priority: 'change a priority',
  status: 'change a status',
  acknowledge: 'acknowledge a concern',
  assign: 'assign a concern',
  resolve: 'resolve a concern',
  merge: 'merge concerns',
  reviewFlags: 'mark flags reviewed',
  delete: 'delete a concern',
  facilitate: "change the meeting's themes, agenda or decisions",
  importHistory: "import the office's history",
  manageProjects: 'change projects or the concerns linked to them',
  thankContributors: "record a contributor's thank-you",
  editNewsletter: 'change the newsletter',
  sendNewsletter: 'send the newsletter',
  recordUnsubscribe: 'take someone off the newsletter',
};
