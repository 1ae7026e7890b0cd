/**
 * The frame every action dialog's form shares: which concerns it acts on, the fields, what stopped it (an
 * alert, kept until the next try), and Cancel and the confirming button. Ctrl+Enter confirms from anywhere in
 * it, Enter from a one-line box or a radio button; Escape (the dialog's) cancels.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CircleExclamationPoint } from 'lucide-react';
import { concernReference } from '@shared/domain/reference';
import { isShortcut, matchesKey } from '../../../app/shortcuts';
import { t } from '../../../i18n';
import type { ConcernSnapshot } from './action-plan';

/** Props of ActionFrame. */
export interface ActionFrameProps {
  readonly snapshots: readonly ConcernSnapshot[];
  readonly confirmLabel: string;
  readonly isRunning: boolean;
  /** What stopped the last try: a refusal or the outcome of a bulk action done only in part. */
  readonly problem: string | undefined;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  /** Hide the confirm button (nothing to confirm: no open flags). */
  readonly canConfirm?: boolean;
  /** Put the cursor on the confirming button (a form with no field). */
  readonly focusConfirm?: boolean;
  readonly children: ReactNode;
}

const SHOWN_REFERENCES = 5;

/** "7F3A09C2: Streetlight out" or "3 concerns: 7F3A09C2, 1B2C3D4E, 99AA00BB". */
export function targetWords(snapshots: readonly ConcernSnapshot[]): string {
  const [only] = snapshots;
  if (snapshots.length === 1 && only !== undefined) {
    return t('reviewActions.target.one', { reference: concernReference(only.concern.id), summary: only.concern.summary });
  }
  const refs = snapshots.slice(0, SHOWN_REFERENCES).map((s) => concernReference(s.concern.id)).join(', ');
  const references = snapshots.length > SHOWN_REFERENCES ? t('reviewActions.target.more', { references: refs, more: snapshots.length - SHOWN_REFERENCES }) : refs;
  return t('reviewActions.target.many', { count: snapshots.length, references });
}

/** A problem in words with its icon, or nothing. */
export function ProblemText({ id, message, className }: { id?: string; message: string | undefined; className: string }): ReactNode {
  return (
    <div id={id} role="alert" className={className}>
      {message !== undefined && (
        <>
          <CircleExclamationPoint size={16} aria-hidden="true" />
          <span>{message}</span>
        </>
      )}
    </div>
  );
}

/** The form. */
export function ActionFrame(props: ActionFrameProps): ReactNode {
  const { snapshots, confirmLabel, isRunning, problem, onSubmit, onCancel, canConfirm = true, focusConfirm = false, children } = props;
  const targetId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // The dialog focuses itself when it opens, and may do so after the form's autoFocus (the form mounts once the
  // concerns are read): then the focus goes where autoFocus meant it, so keys typed at once land in the form.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const form = formRef.current;
      if (form === null || form.contains(document.activeElement)) return;
      const field = form.querySelector<HTMLElement>('input[type="radio"]:checked, input:not([type="radio"]):not([tabindex="-1"]), textarea, select');
      const button = form.querySelector<HTMLElement>(focusConfirm ? 'button[type="submit"]' : 'button');
      (focusConfirm ? (button ?? field) : (field ?? button))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusConfirm]);
  const submit = () => {
    // A second Ctrl+Enter while the first save runs must not run it twice.
    if (!isRunning && canConfirm) onSubmit();
  };
  return (
    <form
      ref={formRef}
      className="review-action-form"
      aria-describedby={targetId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      // In the capture phase: react-aria's pressable controls (the radios) stop Enter from bubbling up here.
      onKeyDownCapture={(event) => {
        const target = event.target as HTMLElement;
        const isRadioEnter = matchesKey(event, 'Enter') && target instanceof HTMLInputElement && target.type === 'radio';
        if (isShortcut(event, 'form.save') || isRadioEnter) {
          event.preventDefault();
          event.stopPropagation();
          submit();
        }
      }}
    >
      <p id={targetId} className="review-action-target">
        {targetWords(snapshots)}
      </p>
      {children}
      <ProblemText message={problem} className="review-action-problem" />
      <div className="dialog-actions review-action-buttons">
        <span className="review-action-keys">{t('reviewActions.keys')}</span>
        <button type="button" className="button button-secondary" onClick={onCancel} autoFocus={focusConfirm && !canConfirm}>
          {t('common.cancel')}
        </button>
        {canConfirm && (
          <button type="submit" className="button button-primary" aria-keyshortcuts="Control+Enter" disabled={isRunning} autoFocus={focusConfirm}>
            {isRunning ? t('reviewActions.working') : confirmLabel}
          </button>
        )}
      </div>
    </form>
  );
}
