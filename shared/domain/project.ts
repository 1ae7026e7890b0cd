/**
 * Projects (issue 7): what the office does about what citizens raised, and the people it thanks for it. Each is
 * a row of its own synced table (shared/sync/store.ts), written by desks through named mutators:
 *
 *   projects         a project: its title and description (for staff), its status, the "you said, we did" text
 *                    the public status list shows, owner, dates, milestones and whether it is public. Nothing
 *                    personal belongs in a project's public text; the public page redacts it again anyway
 *   project_links    one row per (project, concern): the concern is one of the project's reasons. Unlinked, the
 *                    row stays with unlinkedAt set, so an unlink syncs like any change and a re-link revives it
 *   project_thanks   one row per (project, contributor): a contributor was thanked, how and by whom. Keyed by
 *                    the contributor's opaque key (contributorKey), so nobody is thanked twice for one project,
 *                    whichever of their concerns (or desks) the thank-you came from
 *
 * Example project row: { "id": "0195…", "title": "Fix the lights on Elm Street", "status": "in-progress",
 *   "publicSummary": "You told us the street lights on Elm Street were out. We replaced 14 lamps.", "owner":
 *   "Fay Moss", "startDate": "2026-11-02", "targetDate": "2026-12-15", "completedDate": "", "milestones": [{ "id":
 *   "0195…", "title": "Survey", "due": "", "doneAt": "2026-11-10T09:00:00.000Z" }], "progress": null, "isPublic":
 *   true, "source": null, "statusChangedAt": "…", "createdAt": "…", "createdBy": "Fay Moss", "updatedAt": "…",
 *   "updatedBy": "Fay Moss" }
 */
import { z } from 'zod';
import { IsoDateSchema, StaffNameSchema, TimestampSchema, type Contact } from './concern';
import { MonthSchema, ThemeLabelSchema, ThemeSignatureSchema } from './meeting';
import { UUIDV7_PATTERN } from '../lib/uuidv7';
import { sha256Hex } from '../lib/sha256';

const uuidv7 = z.string().regex(UUIDV7_PATTERN, 'Expected a UUIDv7 id');

/** A project's life: proposed, planned, in progress, done, or declined. */
export const PROJECT_STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'declined'] as const;
/** Schema of a project's status. */
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES, {
  error: 'Choose a status: proposed, planned, in progress, done or declined',
});
/** A project's status. */
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/** The statuses on which the office thanks the project's contributors (it is happening, or it happened). */
export const THANKING_STATUSES: readonly ProjectStatus[] = ['in-progress', 'done'];

/** Limits of a project's texts and lists. */
export const PROJECT_LIMITS = {
  title: 120,
  description: 5000,
  publicSummary: 2000,
  owner: 80,
  milestoneTitle: 200,
  milestones: 30,
  thanksNote: 500,
} as const;

const optionalDate = z.union([z.literal(''), IsoDateSchema]);

/** Schema of a project's title. */
export const ProjectTitleSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the project a title' })
  .max(PROJECT_LIMITS.title, { error: `A project's title can be at most ${PROJECT_LIMITS.title} characters` });

/** Schema of one milestone: a step of the project, done when doneAt is set. */
export const MilestoneSchema = z.object({
  id: uuidv7,
  title: z
    .string()
    .trim()
    .min(1, { error: 'Give the milestone a title' })
    .max(PROJECT_LIMITS.milestoneTitle, { error: `A milestone's title can be at most ${PROJECT_LIMITS.milestoneTitle} characters` }),
  due: optionalDate,
  doneAt: TimestampSchema.nullable(),
});
/** One milestone of a project. */
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Schema of the meeting theme a project was made from (the meeting view's "make a project from this theme"). */
export const ProjectSourceSchema = z.object({
  kind: z.literal('theme'),
  period: MonthSchema,
  signature: ThemeSignatureSchema,
  label: ThemeLabelSchema,
});
/** The meeting theme a project was made from. */
export type ProjectSource = z.infer<typeof ProjectSourceSchema>;

/** Schema of the fields staff edit on a project (everything but identity and stamps). */
export const ProjectFieldsSchema = z.object({
  title: ProjectTitleSchema,
  description: z
    .string()
    .trim()
    .max(PROJECT_LIMITS.description, { error: `The description can be at most ${PROJECT_LIMITS.description} characters` }),
  status: ProjectStatusSchema,
  /** The "you said, we did" text of the public status list: what citizens raised and what is being done. */
  publicSummary: z
    .string()
    .trim()
    .max(PROJECT_LIMITS.publicSummary, { error: `The public summary can be at most ${PROJECT_LIMITS.publicSummary} characters` }),
  /** Who leads it (a staff member's name, or a team); '' when not named. */
  owner: z.string().trim().max(PROJECT_LIMITS.owner, { error: `The owner can be at most ${PROJECT_LIMITS.owner} characters` }),
  startDate: optionalDate,
  targetDate: optionalDate,
  /** The day it was done (or declined); '' while it is open. */
  completedDate: optionalDate,
  milestones: z
    .array(MilestoneSchema)
    .max(PROJECT_LIMITS.milestones, { error: `A project can have at most ${PROJECT_LIMITS.milestones} milestones` }),
  /** Progress in percent as staff set it, or null to count it from the milestones. */
  progress: z.int({ error: 'Give the progress as a whole number from 0 to 100' }).min(0).max(100).nullable(),
  /** Shown on the public status list and in the newsletter. */
  isPublic: z.boolean(),
});
/** The fields staff edit on a project. */
export type ProjectFields = z.infer<typeof ProjectFieldsSchema>;

/** Schema of a projects row. */
export const ProjectSchema = ProjectFieldsSchema.extend({
  id: uuidv7,
  source: ProjectSourceSchema.nullable(),
  /** When the status last changed (the public page's "updated" and the feeds' entry date). */
  statusChangedAt: TimestampSchema,
  createdAt: TimestampSchema,
  createdBy: StaffNameSchema,
  updatedAt: TimestampSchema,
  updatedBy: StaffNameSchema,
}).superRefine((project, ctx) => {
  if (project.startDate !== '' && project.targetDate !== '' && project.targetDate < project.startDate) {
    ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'The target date cannot be before the start date' });
  }
});
/** A project. */
export type Project = z.infer<typeof ProjectSchema>;

/** The progress of a project in percent: staff's figure, else the share of milestones done, else 100 when done. */
export function projectProgress(project: Pick<Project, 'progress' | 'milestones' | 'status'>): number {
  if (project.progress !== null) return project.progress;
  if (project.status === 'done') return 100;
  if (project.milestones.length === 0) return 0;
  const done = project.milestones.filter((m) => m.doneAt !== null).length;
  return Math.round((done / project.milestones.length) * 100);
}

/** Id of the project_links row of a concern in a project. */
export function projectLinkId(projectId: string, concernId: string): string {
  return `${projectId}:${concernId}`;
}

/** Schema of a project_links row: a concern is one of a project's reasons (unless unlinkedAt is set). */
export const ProjectLinkSchema = z
  .object({
    id: z.string(),
    projectId: uuidv7,
    concernId: uuidv7,
    linkedAt: TimestampSchema,
    linkedBy: StaffNameSchema,
    unlinkedAt: TimestampSchema.nullable(),
    unlinkedBy: StaffNameSchema.nullable(),
  })
  .refine((row) => row.id === projectLinkId(row.projectId, row.concernId), {
    message: 'A project link id is "<projectId>:<concernId>"',
    path: ['id'],
  });
/** A concern linked to a project. */
export type ProjectLink = z.infer<typeof ProjectLinkSchema>;

/** How a contributor was thanked. */
export const THANKS_METHODS = ['email', 'letter', 'phone', 'in-person'] as const;
/** Schema of how a contributor was thanked. */
export const ThanksMethodSchema = z.enum(THANKS_METHODS, { error: 'Say how they were thanked: email, letter, phone or in person' });
/** How a contributor was thanked. */
export type ThanksMethod = z.infer<typeof ThanksMethodSchema>;

/** Schema of a contributor's opaque key: 64 hex digits (contributorKey). */
export const ContributorKeySchema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a contributor key (64 hex digits)');

/** Id of the project_thanks row of a contributor to a project. */
export function projectThanksId(projectId: string, contributorKey: string): string {
  return `${projectId}:${contributorKey}`;
}

/** Schema of a project_thanks row: a contributor to a project was thanked. */
export const ProjectThanksSchema = z
  .object({
    id: z.string(),
    projectId: uuidv7,
    contributorKey: ContributorKeySchema,
    /** The concern whose contact was thanked (one of the project's linked concerns). */
    concernId: uuidv7,
    method: ThanksMethodSchema,
    note: z.string().trim().max(PROJECT_LIMITS.thanksNote, { error: `The note can be at most ${PROJECT_LIMITS.thanksNote} characters` }),
    by: StaffNameSchema,
    at: TimestampSchema,
  })
  .refine((row) => row.id === projectThanksId(row.projectId, row.contributorKey), {
    message: 'A thank-you id is "<projectId>:<contributorKey>"',
    path: ['id'],
  });
/** A record that a contributor to a project was thanked. */
export type ProjectThanks = z.infer<typeof ProjectThanksSchema>;

/** An email address as compared everywhere: trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The opaque key of the person behind a contact, the same on every desk and the server: a SHA-256 of their
 * email (normalized), else of their phone's digits, else of their name (trimmed, lower case, spaces squeezed).
 * Undefined for an anonymous contact or one with nothing to tell people apart. Two concerns from one person
 * share the key when they gave the same email (or, without one, phone or name), so the person counts once.
 */
export function contributorKey(contact: Pick<Contact, 'anonymous' | 'email' | 'phone' | 'name'>): string | undefined {
  if (contact.anonymous) return undefined;
  const email = normalizeEmail(contact.email);
  if (email !== '') return sha256Hex(`email:${email}`);
  const digits = contact.phone.replace(/[^0-9]/g, '');
  if (digits !== '') return sha256Hex(`phone:${digits}`);
  const name = contact.name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (name !== '') return sha256Hex(`name:${name}`);
  return undefined;
}
