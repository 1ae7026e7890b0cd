/**
 * The words of a newsletter draft (draft.ts), in plain, warm English. Kept apart from the logic so the app can
 * hand in its message catalogue's words for another language; every function gets only numbers and texts that
 * were already redacted.
 */

/** The words a draft is written in. */
export interface DraftWords {
  subject(month: string): string;
  intro(office: string, month: string, concerns: number, people: number): string;
  themesHeading: string;
  /** One theme's bullet: its label, how many concerns and people. */
  theme(label: string, concerns: number, people: number): string;
  noThemes(concerns: number): string;
  doingHeading: string;
  /** One open project's bullet: title, status in words, progress, whether it changed this month, its public text. */
  project(title: string, status: 'planned' | 'in-progress', progress: number, changedThisMonth: boolean, summary: string): string;
  noProjects: string;
  doneHeading: string;
  doneProject(title: string, doneThisMonth: boolean, summary: string): string;
  resolved(resolved: number, concerns: number, month: string): string;
  resolvedCategory(category: string, count: number): string;
  uncategorised: string;
  noneDone: string;
  closing(office: string): string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The English words of a draft. */
export const ENGLISH_DRAFT_WORDS: DraftWords = {
  subject: (month) => `What you told us in ${month}, and what we are doing about it`,
  intro: (office, month, concerns, people) =>
    concerns === 0
      ? `Thank you for staying in touch with ${office}. Here is what we are working on in ${month}.`
      : `Thank you to everyone who got in touch with ${office} in ${month}. ${people > concerns ? `${plural(people, 'person', 'people')} raised ${plural(concerns, 'concern', 'concerns')}` : `You raised ${plural(concerns, 'concern', 'concerns')}`}. Here is what we heard, what we are doing about it, and what is done.`,
  themesHeading: 'What you told us',
  theme: (label, concerns, people) =>
    `- ${label}: ${plural(concerns, 'concern', 'concerns')}${people > concerns ? ` from ${plural(people, 'person', 'people')}` : ''}`,
  noThemes: (concerns) =>
    concerns === 0 ? 'We heard from no one this month. If something needs our attention, tell us.' : 'Every concern this month was about something different: no common themes stood out.',
  doingHeading: 'What we are doing',
  project: (title, status, progress, changedThisMonth, summary) => {
    const state = status === 'planned' ? (changedThisMonth ? 'newly planned' : 'planned') : changedThisMonth ? `started this month, ${progress}% done` : `in progress, ${progress}% done`;
    return `- ${title} (${state})${summary === '' ? '' : `: ${summary}`}`;
  },
  noProjects: 'We have no public projects under way right now. We will tell you as soon as we start one.',
  doneHeading: 'Done',
  doneProject: (title, doneThisMonth, summary) => `- ${title}${doneThisMonth ? ' (finished this month)' : ''}${summary === '' ? '' : `: ${summary}`}`,
  resolved: (resolved, concerns, month) =>
    resolved === 0
      ? `None of the ${plural(concerns, 'concern', 'concerns')} raised in ${month} is resolved yet; we are working on them.`
      : `We have resolved ${resolved.toLocaleString('en')} of the ${plural(concerns, 'concern', 'concerns')} you raised in ${month}:`,
  resolvedCategory: (category, count) => `- ${category}: ${count.toLocaleString('en')}`,
  uncategorised: 'Other matters',
  noneDone: 'Nothing was finished this month yet.',
  closing: (office) => `Thank you for telling us what matters to you. Keep getting in touch: every concern is read, and it shapes what we do next.\n\n${office}`,
};
