/**
 * The project form's values and their schema, from the domain's (shared/domain/project.ts), so the form, the
 * mutators and the server agree on every rule. Inputs hold text: the progress override is '' (count it from the
 * milestones) or a whole number; a milestone is done when its doneAt is set (ticking it stamps the time).
 */
import { z } from 'zod';
import { ProjectFieldsSchema, type Milestone, type Project, type ProjectFields } from '@shared/domain/project';
import { t } from '../../i18n';

const shape = ProjectFieldsSchema.shape;

/** Schema of the form's values; parses to the fields the mutators take. */
export const ProjectFormSchema = z
  .object({
    title: shape.title,
    description: shape.description,
    status: shape.status,
    publicSummary: shape.publicSummary,
    owner: shape.owner,
    startDate: shape.startDate,
    targetDate: shape.targetDate,
    completedDate: shape.completedDate,
    milestones: shape.milestones,
    progress: z
      .string()
      .trim()
      .refine((v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 100), { error: () => t('projects.form.progress.error') })
      .transform((v) => (v === '' ? null : Number(v))),
    isPublic: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.startDate !== '' && v.targetDate !== '' && v.targetDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'The target date cannot be before the start date' });
    }
  });

/** What the form holds while it is edited. */
export type ProjectFormInput = z.input<typeof ProjectFormSchema>;
/** What a valid form gives. */
export type ProjectFormValues = z.output<typeof ProjectFormSchema>;

/** The form's values of a project, or of a new one (title given, the rest empty). */
export function formInputOf(project: Pick<Project, keyof ProjectFields> | undefined, title = ''): ProjectFormInput {
  if (project === undefined) {
    return { title, description: '', status: 'proposed', publicSummary: '', owner: '', startDate: '', targetDate: '', completedDate: '', milestones: [], progress: '', isPublic: false };
  }
  const { title: own, description, status, publicSummary, owner, startDate, targetDate, completedDate, milestones, progress, isPublic } = project;
  return {
    title: own,
    description,
    status,
    publicSummary,
    owner,
    startDate,
    targetDate,
    completedDate,
    milestones: milestones.map((m) => ({ ...m })),
    progress: progress === null ? '' : String(progress),
    isPublic,
  };
}

/** True when two sets of form values say the same (what a draft is compared with to know it changed something). */
export function sameInput(a: ProjectFormInput, b: ProjectFormInput): boolean {
  return (Object.keys(b) as (keyof ProjectFormInput)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * What was typed into a project's form and not saved, by project, while the page is left (a linked concern
 * opened from it, another view): the page shows it again on the way back. Kept in memory only, as the meeting
 * view keeps its place: a project's text is not a citizen's call, and a reload starts from what was saved.
 */
export const projectDrafts = new Map<string, ProjectFormInput>();

/** The fields of an edit that differ from the project (status excluded: it moves on its own). */
export function patchOf(project: Project, values: ProjectFormValues): Partial<Omit<ProjectFields, 'status'>> {
  const { status: _status, ...fields } = values;
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (JSON.stringify(value) !== JSON.stringify(project[field as keyof Project])) patch[field] = value;
  }
  return patch as Partial<Omit<ProjectFields, 'status'>>;
}

/** "2 of 3 done" figures of a list of milestones. */
export function milestoneCounts(milestones: readonly Pick<Milestone, 'doneAt'>[]): { done: number; total: number } {
  return { done: milestones.filter((m) => m.doneAt !== null).length, total: milestones.length };
}
