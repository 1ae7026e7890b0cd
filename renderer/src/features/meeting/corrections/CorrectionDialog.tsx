/**
 * The dialog of a facilitator's correction: rename (a new name), merge (the other themes, by checkbox, and the
 * merged theme's name), split (a key phrase or a typed one, the new theme's name, and a preview of how many
 * concerns would move) or hide (a confirmation). The name is checked with the same schema the mutator uses;
 * what was typed stays when the desk refuses, with the reason beside it.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ThemeLabelSchema } from '@shared/domain/meeting';
import type { Theme } from '@shared/patterns/types';
import { AppDialog } from '../../../components/AppDialog';
import { t } from '../../../i18n';
import type { ThemeActionKind } from '../themes/theme-keys';
import { SplitFields } from './SplitFields';
import type { CorrectionArgs } from './useThemeActions';

/** Which correction is asked for, on which theme. */
export interface CorrectionRequest {
  readonly kind: Exclude<ThemeActionKind, 'pin'>;
  readonly theme: Theme;
}

/** Props of CorrectionDialog. */
export interface CorrectionDialogProps {
  readonly request: CorrectionRequest | undefined;
  /** The period's other themes, for a merge. */
  readonly themes: readonly Theme[];
  /** Makes the correction; resolves to the refusal's words, or undefined when done. */
  readonly onSubmit: (args: CorrectionArgs, theme: Theme) => Promise<string | undefined>;
  readonly onClose: () => void;
}

const TITLES = { rename: 'meeting.rename.title', merge: 'meeting.merge.title', split: 'meeting.split.title', hide: 'meeting.hide.title' } as const;

/** The dialog; closed when `request` is undefined. */
export function CorrectionDialog({ request, themes, onSubmit, onClose }: CorrectionDialogProps): ReactNode {
  return (
    <AppDialog
      isOpen={request !== undefined}
      onClose={onClose}
      title={request === undefined ? '' : t(TITLES[request.kind], { label: request.theme.label })}
      modalClassName="meeting-correction-modal"
    >
      {request !== undefined && <CorrectionForm key={`${request.kind}-${request.theme.id}`} request={request} themes={themes} onSubmit={onSubmit} onClose={onClose} />}
    </AppDialog>
  );
}

/** The label a name field holds, checked; the schema's message when it is not a name. */
function checkLabel(text: string): { label: string } | { problem: string } {
  const parsed = ThemeLabelSchema.safeParse(text);
  return parsed.success ? { label: parsed.data } : { problem: parsed.error.issues[0]?.message ?? t('meeting.merge.none') };
}

function CorrectionForm({ request, themes, onSubmit, onClose }: Omit<CorrectionDialogProps, 'request'> & { request: CorrectionRequest }): ReactNode {
  const { kind, theme } = request;
  const [label, setLabel] = useState(kind === 'split' ? '' : theme.label);
  const [others, setOthers] = useState<ReadonlySet<string>>(new Set());
  const [phrase, setPhrase] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const mergeCandidates = themes.filter((other) => other.id !== theme.id);

  const argsOf = (): CorrectionArgs | string => {
    if (kind === 'hide') return { kind: 'hide', signature: theme.signature };
    const checked = checkLabel(label);
    if ('problem' in checked) return checked.problem;
    if (kind === 'rename') return { kind: 'rename', signature: theme.signature, label: checked.label };
    if (kind === 'merge') {
      const chosen = mergeCandidates.filter((other) => others.has(other.id));
      if (chosen.length === 0) return t('meeting.merge.none');
      return { kind: 'merge', signatures: [theme.signature, ...chosen.map((other) => other.signature)], label: checked.label };
    }
    if (phrase.trim() === '') return t('meeting.split.phraseHint');
    return { kind: 'split', signature: theme.signature, phrase: phrase.trim(), label: checked.label };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const args = argsOf();
    if (typeof args === 'string') {
      setProblem(args);
      return;
    }
    setIsSaving(true);
    const refusal = await onSubmit(args, theme);
    setIsSaving(false);
    if (refusal === undefined) onClose();
    else setProblem(refusal);
  };

  const mergedCount = theme.count + mergeCandidates.filter((other) => others.has(other.id)).reduce((n, other) => n + other.count, 0);
  return (
    <form className="meeting-correction-form" onSubmit={(event) => void submit(event)} noValidate>
      {kind === 'hide' && <p>{t('meeting.hide.body')}</p>}
      {kind === 'merge' && (
        <fieldset className="meeting-merge-choices">
          <legend>{t('meeting.merge.choose')}</legend>
          {mergeCandidates.map((other, index) => (
            <label key={other.id} className="meeting-merge-choice">
              <input
                type="checkbox"
                checked={others.has(other.id)}
                autoFocus={index === 0}
                onChange={(event) => {
                  const next = new Set(others);
                  if (event.target.checked) next.add(other.id);
                  else next.delete(other.id);
                  setOthers(next);
                }}
              />
              {other.label} <span className="meeting-muted">({other.count})</span>
            </label>
          ))}
          {others.size > 0 && <p className="meeting-muted" role="status">{t('meeting.merge.preview', { count: mergedCount })}</p>}
        </fieldset>
      )}
      {kind === 'split' && <SplitFields theme={theme} phrase={phrase} onPhrase={setPhrase} />}
      {kind !== 'hide' && (
        <div className="meeting-field">
          <label htmlFor="meeting-correction-label">{t(kind === 'rename' ? 'meeting.rename.field' : kind === 'merge' ? 'meeting.merge.name' : 'meeting.split.name')}</label>
          <input
            id="meeting-correction-label"
            className="input"
            value={label}
            autoFocus={kind === 'rename'}
            aria-invalid={problem !== undefined ? true : undefined}
            aria-describedby={problem !== undefined ? 'meeting-correction-problem' : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
      )}
      {problem !== undefined && (
        <p id="meeting-correction-problem" className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('meeting.action.cancel')}
        </button>
        <button type="submit" className={kind === 'hide' ? 'button button-danger' : 'button button-primary'} disabled={isSaving} autoFocus={kind === 'hide'}>
          {kind === 'hide' ? t('meeting.action.hide') : t('meeting.action.save')}
        </button>
      </div>
    </form>
  );
}
