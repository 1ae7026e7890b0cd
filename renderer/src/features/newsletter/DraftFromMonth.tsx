/**
 * "Draft from this month": the meeting's analysis of the month, run in its worker (useAnalysis, with its
 * progress in words), then the draft built from its themes, the office's public projects and the month's
 * resolved concerns (shared/newsletter/draft.ts), redacted with the personal data the worker sent. Mounted only
 * while a draft is being made, so the engine runs when asked, not whenever the view opens.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import type { NewsletterContent } from '@shared/domain/newsletter';
import { draftNewsletter } from '@shared/newsletter/draft';
import type { Analysis } from '@shared/patterns/types';
import { useDesk } from '../../app/desk-context';
import { useOfficeProfile } from '../../app/office-profile';
import type { NotebookDb } from '../../db';
import { concernFacts } from '../../db/newsletter';
import { t } from '../../i18n';
import { useAnalysis } from '../meeting/analysis/useAnalysis';
import { progressWords } from '../meeting/format-figures';
import { readPersonalData, sentPersonalData } from '../meeting/export/personal-source';

/** Props of DraftFromMonth. */
export interface DraftFromMonthProps {
  readonly month: Month;
  readonly onDraft: (content: NewsletterContent) => void;
  readonly onError: (message: string) => void;
}

/** Everything the draft needs besides the analysis, read from the desk. */
async function buildDraft(db: NotebookDb, analysis: Analysis, people: number, officeName: string, timeZone: string): Promise<NewsletterContent> {
  const ids = analysis.totals.at(-1)?.concernIds ?? [];
  const [concerns, projects, personal] = await Promise.all([concernFacts(db, ids), db.projects.toArray(), sentPersonalData(analysis) ?? readPersonalData(db, analysis)]);
  return draftNewsletter({ month: analysis.period, officeName, timeZone, themes: analysis.themes, projects, concerns, people, personal: personal.values });
}

/** Runs the analysis and hands the draft over once; shows the progress meanwhile. */
export function DraftFromMonth({ month, onDraft, onError }: DraftFromMonthProps): ReactNode {
  const { db } = useDesk();
  const { officeName, responsePolicy } = useOfficeProfile();
  const { state } = useAnalysis(month);
  const isDone = useRef(false);
  useEffect(() => {
    if (isDone.current || state.period !== month) return;
    if (state.status === 'error') {
      isDone.current = true;
      onError(state.message);
    } else if (state.status === 'ready' && !state.isUpdating) {
      isDone.current = true;
      buildDraft(db, state.analysis, state.people, officeName, responsePolicy.timeZone).then(onDraft, (error: unknown) => onError(error instanceof Error ? error.message : String(error)));
    }
  }, [db, month, officeName, onDraft, onError, responsePolicy.timeZone, state]);
  const { words, fraction } = state.status === 'loading' ? progressWords(state.progress, state.concerns) : { words: t('newsletter.draft.writing'), fraction: 1 };
  const percent = Math.round(fraction * 100);
  return (
    <div className="newsletter-drafting" data-testid="newsletter-drafting">
      <p id="newsletter-draft-progress">{t('newsletter.draft.progress')}</p>
      <div className="newsletter-progress" role="progressbar" aria-labelledby="newsletter-draft-progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={words}>
        <div className="newsletter-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="newsletter-muted" aria-live="polite">
        {words}
      </p>
    </div>
  );
}
