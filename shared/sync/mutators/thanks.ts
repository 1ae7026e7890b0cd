/**
 * Thank-yous (shared/domain/project.ts project_thanks, shared/domain/thanks.ts): recordThanks notes that a
 * contributor to a project was thanked, how, by whom and when, in one row per (project, contributor key).
 *
 * Merge rule (the server's order decides): the first thank-you of a contributor for a project wins. A second one,
 * from another desk at the same time or from a concern of theirs that a desk saw as someone else's, is refused
 * in words naming the first ("Already thanked by Fay Moss on 3 December, by letter"), so nobody is thanked twice
 * and the desk that lost the race shows why. The record is a fact about what happened, so it is kept even when
 * the project's status or the person's consent changes afterwards.
 */
import { z } from 'zod';
import { ContributorKeySchema, PROJECT_LIMITS, ThanksMethodSchema, projectLinkId, projectThanksId, type ProjectThanks } from '../../domain/project';
import { localTimeOf } from '../../domain/local-time';
import { hasContributor } from '../../domain/thanks';
import { isoToUnixMs } from '../context';
import { MONTH_NAMES } from '../../patterns/months';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, defineMutator, insertRow, requireConcern } from '../mutator';
import type { SyncStore } from '../store';
import { ProjectIdSchema } from './project';

const METHOD_WORDS: Readonly<Record<ProjectThanks['method'], string>> = {
  email: 'by email',
  letter: 'by letter',
  phone: 'by phone',
  'in-person': 'in person',
};

/** "3 December" (with the year when it is not `nowIso`'s) of a timestamp, in the office's time zone. */
export function thanksDay(at: string, nowIso: string, zone: string): string {
  const day = localTimeOf(isoToUnixMs(at), zone);
  const now = localTimeOf(isoToUnixMs(nowIso), zone);
  const month = MONTH_NAMES[day.month - 1] ?? '';
  return day.year === now.year ? `${day.day} ${month}` : `${day.day} ${month} ${day.year}`;
}

/** The sentence that says how a contributor was already thanked: "Already thanked by Fay Moss on 3 December, by letter". */
export function alreadyThankedReason(row: Pick<ProjectThanks, 'by' | 'at' | 'method'>, nowIso: string, zone: string): string {
  return `Already thanked by ${row.by} on ${thanksDay(row.at, nowIso, zone)}, ${METHOD_WORDS[row.method]}.`;
}

async function officeZone(store: SyncStore): Promise<string> {
  const profile = await store.get('office_profile', 'office');
  return profile?.responsePolicy.timeZone ?? 'UTC';
}

/** Schema of recordThanks' args. */
export const RecordThanksArgsSchema = z.object({
  projectId: ProjectIdSchema,
  concernId: ConcernIdSchema,
  contributorKey: ContributorKeySchema,
  method: ThanksMethodSchema,
  note: z
    .string()
    .trim()
    .max(PROJECT_LIMITS.thanksNote, { error: `The note can be at most ${PROJECT_LIMITS.thanksNote} characters` })
    .default(''),
});

/** Records that a contributor to a project was thanked; refused when they already were (see the header). */
export const recordThanks = defineMutator({
  name: 'recordThanks',
  args: RecordThanksArgsSchema,
  async run(store, { projectId, concernId, contributorKey, method, note }, ctx) {
    const id = projectThanksId(projectId, contributorKey);
    const earlier = await store.get('project_thanks', id);
    if (earlier !== undefined) {
      throw new MutationRejected(alreadyThankedReason(earlier, ctx.at, await officeZone(store)), 'exists', { by: earlier.by, at: earlier.at });
    }
    if ((await store.get('projects', projectId)) === undefined) {
      throw new MutationRejected('This project is not in the notebook (it may not have reached this desk), so the thank-you was not recorded.', 'not-found', {
        projectId,
      });
    }
    const link = await store.get('project_links', projectLinkId(projectId, concernId));
    if (link === undefined || link.unlinkedAt !== null) {
      throw new MutationRejected('This concern is no longer linked to the project, so the thank-you was not recorded.', 'not-found', { concernId });
    }
    const concern = await requireConcern(store, concernId);
    if (!hasContributor([concern.contact, ...(concern.otherContacts ?? [])], contributorKey)) {
      throw new MutationRejected(
        'This person is no longer among the contacts of the concern (its contact details were changed), so the thank-you was not recorded.',
        'not-found',
        { concernId },
      );
    }
    await insertRow(store, 'project_thanks', { id, projectId, contributorKey, concernId, method, note, by: ctx.by, at: ctx.at });
  },
});
