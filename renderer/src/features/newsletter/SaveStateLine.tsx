/**
 * One line under the newsletter's title saying where the issue stands: saved (when, by whom), saving, waiting
 * to save, not saved because of errors or a refusal; or, once sent, that it is final and when and by whom.
 * Announced politely, so a screen reader hears "Saved" without losing its place.
 */
import type { ReactNode } from 'react';
import { Check, CircleAlert, Lock } from 'lucide-react';
import type { Newsletter } from '@shared/domain/newsletter';
import { t } from '../../i18n';
import type { SaveState } from './useNewsletterEditor';

const timeOf = (at: string) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The save state. */
export function SaveStateLine({ state, refusal, issue }: { state: SaveState; refusal: string | undefined; issue: Newsletter | undefined }): ReactNode {
  const isProblem = state === 'invalid' || state === 'refused';
  const words =
    state === 'saved'
      ? issue === undefined
        ? t('newsletter.state.notSaved')
        : t('newsletter.state.saved', { time: timeOf(issue.updatedAt), by: issue.updatedBy })
      : state === 'saving'
        ? t('newsletter.state.saving')
        : state === 'unsaved'
          ? t('newsletter.state.unsaved')
          : state === 'invalid'
            ? t('newsletter.state.invalid')
            : t('newsletter.state.refused', { reason: refusal ?? '' });
  return (
    <p className={isProblem ? 'newsletter-state newsletter-state-problem' : 'newsletter-state'} aria-live="polite" data-testid="newsletter-save-state" data-state={state}>
      {isProblem ? <CircleAlert size={14} aria-hidden="true" /> : <Check size={14} aria-hidden="true" />} {words}
    </p>
  );
}

/** The final issue's line: sent, when and by whom. */
export function SentLine({ issue }: { issue: Newsletter }): ReactNode {
  return (
    <p className="newsletter-state newsletter-state-final" data-testid="newsletter-save-state" data-state="sent">
      <Lock size={14} aria-hidden="true" /> {t('newsletter.state.sent', { time: timeOf(issue.sentAt ?? issue.updatedAt), by: issue.sentBy ?? '' })}
    </p>
  );
}
