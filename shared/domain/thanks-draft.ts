/**
 * The drafted thank-you of one contributor (shared/domain/thanks.ts): an email's subject and text, a letter's
 * text, or a call's short script, filled from templates the app's message catalogue supplies (so they can be
 * translated) with the office's name, the person's name (or a neutral greeting), the project's title and its
 * public "you said, we did" text, and what they raised in a short neutral phrase.
 *
 * Privacy: nothing of a concern's own text goes in. A concern's summary is written by staff and may name other
 * people; the project's public text is meant to be read by anyone, and is redacted again here all the same
 * (shared/patterns/redact.ts), so a name or phone number typed into it by mistake never leaves the office.
 *
 * Example: { subject: "Thank you: Fix the lights on Elm Street", body: "Dear Ana Silva,\n\nThank you for the
 *   concern you raised with Riverside Town Hall. …" }
 */
import { redact } from '../patterns/redact';
import type { Project } from './project';
import type { Contributor } from './thanks';

/** The templates of a thank-you, each with {placeholders}: office, name, project, summary, count, status. */
export interface ThanksTemplates {
  /** The email's subject: {project}. */
  readonly subject: string;
  /** The greeting of someone whose name is known: {name}. */
  readonly greetingNamed: string;
  /** The greeting of someone whose name is not. */
  readonly greetingNeutral: string;
  /** What they raised, one concern: {office}. */
  readonly raisedOne: string;
  /** What they raised, several: {office}, {count}. */
  readonly raisedMany: string;
  /** The project and where it stands: {project}, {status}. */
  readonly project: string;
  /** The "you said, we did" line: {summary}. */
  readonly summary: string;
  /** The closing lines: {signature} (the office's name, else signatureFallback). */
  readonly closing: string;
  /** The call's script: {office}, {name} (or the neutral greeting's words), {project}, {status}. */
  readonly script: string;
  /** Where a project in progress stands, in words. */
  readonly statusInProgress: string;
  /** Where a done project stands, in words. */
  readonly statusDone: string;
  /** The office's name in a sentence when it has none set ("our office"). */
  readonly officeFallback: string;
  /** The signature when the office has no name set ("The office team"). */
  readonly signatureFallback: string;
  /** Who the script greets when their name is not known. */
  readonly scriptNoName: string;
}

/** A drafted email or letter. */
export interface ThanksDraft {
  readonly subject: string;
  readonly body: string;
}

/** The project fields a thank-you uses. */
export type ThanksProject = Pick<Project, 'title' | 'publicSummary' | 'status'>;

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

function paramsOf(contributor: Pick<Contributor, 'name' | 'concernIds'>, project: ThanksProject, officeName: string, templates: ThanksTemplates) {
  return {
    office: officeName.trim() === '' ? templates.officeFallback : officeName.trim(),
    signature: officeName.trim() === '' ? templates.signatureFallback : officeName.trim(),
    name: contributor.name,
    project: redact(project.title, []),
    summary: redact(project.publicSummary.trim(), []),
    count: contributor.concernIds.length,
    status: project.status === 'done' ? templates.statusDone : templates.statusInProgress,
  };
}

/** The email or letter thanking a contributor for a project (see the header). */
export function draftThanks(
  contributor: Pick<Contributor, 'name' | 'concernIds'>,
  project: ThanksProject,
  officeName: string,
  templates: ThanksTemplates,
): ThanksDraft {
  const params = paramsOf(contributor, project, officeName, templates);
  const greeting = contributor.name === '' ? templates.greetingNeutral : fill(templates.greetingNamed, params);
  const raised = fill(contributor.concernIds.length > 1 ? templates.raisedMany : templates.raisedOne, params);
  const paragraphs = [greeting, `${raised} ${fill(templates.project, params)}`];
  if (params.summary !== '') paragraphs.push(fill(templates.summary, params));
  paragraphs.push(fill(templates.closing, params));
  return { subject: fill(templates.subject, params), body: paragraphs.join('\n\n') };
}

/** The short script of a thank-you call. */
export function callScript(contributor: Pick<Contributor, 'name' | 'concernIds'>, project: ThanksProject, officeName: string, templates: ThanksTemplates): string {
  const params = paramsOf(contributor, project, officeName, templates);
  return fill(templates.script, { ...params, name: contributor.name === '' ? templates.scriptNoName : contributor.name });
}
