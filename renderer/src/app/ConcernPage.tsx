/**
 * One concern opened for review (from the queue, an alert, a notification or a #/concern/<id> link): the
 * review panel in the main area, with the way back to where it was opened from. A page rather than a modal,
 * so the action dialogs it asks for open over it without stacking modals. Below the panel, the projects the
 * concern is linked to (features/projects).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { ArrowLeft } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { ConcernReviewPanel } from '../features/review/concern/ConcernReviewPanel';
import { ConcernProjects } from '../features/projects/ConcernProjects';
import type { ActionRequest } from '../features/review/actions/action-request';
import { t } from '../i18n';

/** Props of ConcernPage. */
export interface ConcernPageProps {
  readonly concernId: string;
  /** Back to the view it was opened from (Escape does the same when focus is not in a text field). */
  readonly onBack: () => void;
  readonly backLabel: string;
  readonly onAction: (request: ActionRequest) => void;
  readonly onOpen: (concernId: string) => void;
  readonly onEdit: (concern: Concern) => void;
}

/** The open concern. */
export function ConcernPage({ concernId, onBack, backLabel, onAction, onOpen, onEdit }: ConcernPageProps): ReactNode {
  const backRef = useRef<HTMLButtonElement>(null);
  // A newly opened concern starts at the top, with focus on the way back (the panel's keys work from there).
  useEffect(() => {
    backRef.current?.focus();
  }, [concernId]);
  return (
    <section
      className="concern-page"
      aria-label={t('review.concernPage')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        const target = event.target as HTMLElement;
        if (target.closest('input, textarea, select, [contenteditable="true"]') !== null) return;
        event.preventDefault();
        onBack();
      }}
    >
      <button ref={backRef} type="button" className="button button-secondary concern-page-back" aria-keyshortcuts="Escape" onClick={onBack}>
        <ArrowLeft size={16} aria-hidden="true" />
        {backLabel}
      </button>
      <ConcernReviewPanel key={concernId} concernId={concernId} onAction={onAction} onOpen={onOpen} onEdit={onEdit} />
      <ConcernProjects key={`projects-${concernId}`} concernId={concernId} />
    </section>
  );
}
