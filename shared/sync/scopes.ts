/**
 * Scopes of the mutators that work on no single concern. A desk files each pending mutation under the concern it
 * reads and writes, so a pulled page re-runs only the pending mutations whose rows it touched
 * (renderer/src/db/pulled-page.ts). Mutators of the office's own records (the meeting's, projects', the
 * newsletter's) are filed under their scope instead, and any pulled row of the scope's tables re-runs them.
 *
 * The names are the contract: each mutator listed here is registered in mutators.ts under that name.
 */
import type { TableName } from './store';

/** Scope of the meeting's mutators (mutators/meeting.ts). */
export const MEETING_SCOPE = 'meeting';
/** Scope of the projects' mutators: projects, their linked concerns and their thank-yous. */
export const PROJECTS_SCOPE = 'projects';
/** Scope of the newsletter's mutators: the issues and the unsubscribe list. */
export const NEWSLETTER_SCOPE = 'newsletter';

/** The projects' mutators (mutators/project.ts and mutators/thanks.ts). */
export const PROJECT_MUTATOR_NAMES = [
  'createProject',
  'editProject',
  'setProjectStatus',
  'linkConcerns',
  'unlinkConcern',
  'recordThanks',
] as const;

/** The newsletter's mutators (mutators/newsletter.ts). */
export const NEWSLETTER_MUTATOR_NAMES = ['saveNewsletter', 'recordUnsubscribe'] as const;

const SCOPE_OF_TABLE: Partial<Record<TableName, string>> = {
  theme_corrections: MEETING_SCOPE,
  meeting_agenda: MEETING_SCOPE,
  meeting_decisions: MEETING_SCOPE,
  projects: PROJECTS_SCOPE,
  project_links: PROJECTS_SCOPE,
  project_thanks: PROJECTS_SCOPE,
  newsletters: NEWSLETTER_SCOPE,
  newsletter_unsubscribes: NEWSLETTER_SCOPE,
};

/** The scope whose pending mutations a pulled row of `table` may change, or undefined for concern tables. */
export function scopeOfTable(table: TableName): string | undefined {
  return SCOPE_OF_TABLE[table];
}

/** The scope a mutator is filed under (projects or newsletter), or undefined (see also isMeetingMutator). */
export function scopeOfOfficeMutator(name: string): string | undefined {
  if ((PROJECT_MUTATOR_NAMES as readonly string[]).includes(name)) return PROJECTS_SCOPE;
  if ((NEWSLETTER_MUTATOR_NAMES as readonly string[]).includes(name)) return NEWSLETTER_SCOPE;
  return undefined;
}
