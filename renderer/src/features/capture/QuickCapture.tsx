/**
 * The quick capture line: one input, always one keystroke away (Alt+N), where a concern is typed while the
 * citizen talks and saved with Enter. Marks typed in the line (#tag, !top) become structured fields; the
 * full form is one more keystroke (Shift+Enter). Everything typed is kept as a draft as it is typed.
 */
import { useEffect, useImperativeHandle, useMemo, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { NotebookPen } from 'lucide-react';
import { parseQuickLine } from '@shared/domain/quick-line';
import { isShortcut } from '../../app/shortcuts';
import { SuggestionList } from '../../components/SuggestionList';
import { t } from '../../i18n';
import { CAPTURE_ERRORS_ID, CAPTURE_HINT_ID, CaptureFeedback } from './CaptureFeedback';
import { DraftTabs } from './DraftTabs';
import { useCaptureActions, type CaptureCallbacks } from './useCaptureActions';
import { useLineDrafts } from './useLineDrafts';
import { useTagCompletion } from './useTagCompletion';
import './capture.css';

/** What the shell can ask of the quick line. */
export interface CaptureHandle {
  focus(): void;
  setAside(): void;
  nextDraft(): void;
}

/** Props of QuickCapture. */
export interface QuickCaptureProps extends CaptureCallbacks {
  readonly ref?: Ref<CaptureHandle>;
  /** The draft open in the full form right now; its chip is left out while the form shows it. */
  readonly openDraftId?: string | undefined;
}

const LIST_ID = 'capture-tag-suggestions';

/** The quick line with its suggestions, feedback and drafts. */
export function QuickCapture({ ref, openDraftId, ...callbacks }: QuickCaptureProps): ReactNode {
  const inputRef = useRef<HTMLInputElement>(null);
  const drafts = useLineDrafts();
  const actions = useCaptureActions(drafts, callbacks);
  const text = drafts.line.text;
  const parsed = useMemo(() => parseQuickLine(text), [text]);
  const completion = useTagCompletion(inputRef, text, parsed.tags, drafts.setText);

  const focusLine = () => {
    const input = inputRef.current;
    if (input === null) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  };
  // A draft switched in (or restored at start-up) continues where its text ends.
  const lineId = drafts.line.id;
  useEffect(() => {
    const input = inputRef.current;
    if (input !== null && document.activeElement === input) input.setSelectionRange(input.value.length, input.value.length);
  }, [lineId]);
  useImperativeHandle(ref, () => ({
    focus: focusLine,
    setAside: () => void actions.setAside().then(focusLine),
    nextDraft: () => void actions.nextDraft().then(focusLine),
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (completion.box.onKeyDown(event)) return;
    if (isShortcut(event, 'capture.save')) {
      event.preventDefault();
      void actions.save();
    } else if (isShortcut(event, 'capture.details')) {
      event.preventDefault();
      void actions.openForm();
    }
  };

  const describedBy = `${CAPTURE_ERRORS_ID} ${CAPTURE_HINT_ID}`;
  const hasErrors = actions.hasTriedSave && parsed.errors.length > 0;
  return (
    <section className="capture" aria-label={t('capture.section')}>
      <div className="capture-field" data-invalid={hasErrors || undefined}>
        <NotebookPen className="capture-icon" size={20} aria-hidden="true" />
        <input
          ref={inputRef}
          className="capture-input"
          type="text"
          aria-label={t('capture.label')}
          aria-describedby={describedBy}
          aria-invalid={hasErrors || undefined}
          aria-keyshortcuts="Alt+N"
          placeholder={t('capture.placeholder')}
          autoComplete="off"
          spellCheck
          autoFocus
          value={text}
          {...completion.box.inputProps}
          onChange={(event) => {
            drafts.setText(event.target.value);
            completion.trackCaret();
          }}
          onKeyDown={onKeyDown}
          onKeyUp={completion.trackCaret}
          onClick={completion.trackCaret}
          onSelect={completion.trackCaret}
          onBlur={() => void drafts.flush()}
        />
        <SuggestionList
          id={LIST_ID}
          label={t('capture.suggestions')}
          items={completion.items}
          box={completion.box}
          onAccept={completion.accept}
          render={(tag) => `#${tag}`}
        />
      </div>
      <CaptureFeedback
        parsed={parsed}
        isEmpty={text.trim() === ''}
        showErrors={actions.hasTriedSave}
        saved={actions.saved}
        failure={actions.failure ?? (drafts.writeError === undefined ? undefined : t('capture.draftFailed', { detail: drafts.writeError }))}
      />
      <DraftTabs
        drafts={(drafts.drafts ?? []).filter((draft) => draft.id !== openDraftId)}
        activeId={drafts.line.id}
        onSelect={(draft) => void actions.selectDraft(draft).then(() => draft.kind === 'line' && focusLine())}
        onDiscard={(draft) => void actions.discard(draft).then(focusLine)}
      />
    </section>
  );
}
