/**
 * The thank-you drafts in this desk's language: the catalogue's templates handed to the shared drafting
 * (shared/domain/thanks-draft.ts), and the mailto: link of an email for the desk's own mail program.
 */
import type { Project } from '@shared/domain/project';
import type { Contributor } from '@shared/domain/thanks';
import { callScript, draftThanks, type ThanksDraft, type ThanksTemplates } from '@shared/domain/thanks-draft';
import { t } from '../../../i18n';
import { MAX_MAILTO_LENGTH } from '../../fallback/priority-mailto';

/** The catalogue's thank-you templates. */
export function thanksTemplates(): ThanksTemplates {
  return {
    subject: t('thanks.draft.subject'),
    greetingNamed: t('thanks.draft.greetingNamed'),
    greetingNeutral: t('thanks.draft.greetingNeutral'),
    raisedOne: t('thanks.draft.raisedOne'),
    raisedMany: t('thanks.draft.raisedMany'),
    project: t('thanks.draft.project'),
    summary: t('thanks.draft.summary'),
    closing: t('thanks.draft.closing'),
    script: t('thanks.draft.script'),
    statusInProgress: t('thanks.draft.statusInProgress'),
    statusDone: t('thanks.draft.statusDone'),
    officeFallback: t('thanks.draft.officeFallback'),
    signatureFallback: t('thanks.draft.signatureFallback'),
    scriptNoName: t('thanks.draft.scriptNoName'),
  };
}

/** The drafted email or letter to a contributor. */
export function draftFor(contributor: Contributor, project: Project, officeName: string): ThanksDraft {
  return draftThanks(contributor, project, officeName, thanksTemplates());
}

/** The drafted call script for a contributor. */
export function scriptFor(contributor: Contributor, project: Project, officeName: string): string {
  return callScript(contributor, project, officeName, thanksTemplates());
}

/**
 * The mailto: link of a thank-you email, every part percent-encoded (a space is %20, never +), at most
 * MAX_MAILTO_LENGTH characters; `complete` is false when the text did not fit and only the subject went in.
 */
export function thanksMailto(to: string, draft: ThanksDraft): { url: string; complete: boolean } {
  const head = `mailto:${encodeURIComponent(to.trim())}?subject=${encodeURIComponent(draft.subject)}`;
  const full = `${head}&body=${encodeURIComponent(draft.body)}`;
  if (full.length <= MAX_MAILTO_LENGTH) return { url: full, complete: true };
  return { url: head.length <= MAX_MAILTO_LENGTH ? head : `mailto:${encodeURIComponent(to.trim())}`, complete: false };
}
