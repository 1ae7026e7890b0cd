/**
 * Under the quick line: what the line will be saved as (tag and priority chips), the parser's problems after
 * a save was tried, and the last save. Problems sit in an alert region the input points to.
 */
import type { ReactNode } from 'react';
import { CircleCheck, CircleExclamationPoint } from 'lucide-react';
import type { ParsedQuickLine } from '@shared/domain/quick-line';
import { PriorityBadge } from '../../components/PriorityBadge';
import { TagChip } from '../../components/TagChip';
import { t } from '../../i18n';

/** Props of CaptureFeedback. */
export interface CaptureFeedbackProps {
  readonly parsed: ParsedQuickLine;
  readonly isEmpty: boolean;
  readonly showErrors: boolean;
  readonly saved: string | undefined;
  readonly failure: string | undefined;
}

/** Ids the input's aria-describedby points to. */
export const CAPTURE_ERRORS_ID = 'capture-errors';
/** Id of the line's usage hint. */
export const CAPTURE_HINT_ID = 'capture-hint';

/** The preview, problems, hint and confirmation under the quick line. */
export function CaptureFeedback({ parsed, isEmpty, showErrors, saved, failure }: CaptureFeedbackProps): ReactNode {
  const errors = showErrors ? parsed.errors : [];
  const hasMarks = parsed.tags.length > 0 || parsed.priority !== 'normal';
  return (
    <div className="capture-feedback">
      <div id={CAPTURE_ERRORS_ID} role="alert" className="capture-errors">
        {(errors.length > 0 || failure !== undefined) && (
          <div className="problem">
            <CircleExclamationPoint size={18} aria-hidden="true" className="problem-icon" />
            <div>
              {failure !== undefined && <p className="problem-text">{failure}</p>}
              {errors.length > 0 && (
                <>
                  <p className="problem-title">{t('capture.errorsTitle')}</p>
                  <ul className="problem-list">
                    {errors.map((error) => (
                      <li key={`${error.token}:${error.message}`}>{error.message}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        )}
      </div>
      {!isEmpty && hasMarks && (
        <p className="capture-preview">
          <span className="capture-preview-label">{t('capture.previewLabel')}</span>
          <PriorityBadge priority={parsed.priority} />
          {parsed.tags.map((tag) => (
            <TagChip key={tag} tag={tag} />
          ))}
        </p>
      )}
      {isEmpty && saved !== undefined && (
        <p className="capture-saved">
          <CircleCheck size={16} aria-hidden="true" />
          {saved}
        </p>
      )}
      <p id={CAPTURE_HINT_ID} className="capture-hint">
        {t('capture.hint')}
      </p>
    </div>
  );
}
