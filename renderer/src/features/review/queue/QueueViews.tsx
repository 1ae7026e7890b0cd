/**
 * The queue's views, each with how many concerns it holds: the built-in ones, then those the person saved
 * (named filter combinations kept on this desk). The view whose filters are set is marked pressed; choosing a
 * view sets its filters. The current filters can be saved under a new name, and a saved view deleted.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Save, X } from 'lucide-react';
import { t } from '../../../i18n';
import { activeFilterCount, isSameFilter, type QueueFilter, type QueueView } from './queue-filter';

/** Props of QueueViews. */
export interface QueueViewsProps {
  readonly views: readonly QueueView[];
  readonly counts: ReadonlyMap<string, number>;
  readonly filter: QueueFilter;
  readonly onChoose: (view: QueueView) => void;
  /** Saves the current filters as a view named `name`; rejects with a reason in plain words. */
  readonly onSave: (name: string) => Promise<void>;
  readonly onDelete: (view: QueueView) => void;
}

/** The name a view shows. */
export function viewName(view: QueueView): string {
  return 'key' in view.name ? t(view.name.key) : view.name.text;
}

function SaveViewForm({ views, onSave, onDone }: { views: readonly QueueView[]; onSave: (name: string) => Promise<void>; onDone: () => void }): ReactNode {
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setProblem(t('reviewQueue.view.nameMissing'));
    if (views.some((view) => viewName(view).toLocaleLowerCase() === trimmed.toLocaleLowerCase())) return setProblem(t('reviewQueue.view.nameTaken'));
    onSave(trimmed).then(onDone, (error: unknown) =>
      setProblem(t('reviewQueue.view.saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <form className="queue-view-form" onSubmit={submit}>
      <label htmlFor={id}>{t('reviewQueue.view.name')}</label>
      <input
        id={id}
        className="input input-compact"
        value={name}
        placeholder={t('reviewQueue.view.nameHint')}
        aria-invalid={problem !== ''}
        aria-describedby={problem !== '' ? `${id}-problem` : undefined}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      {problem !== '' && (
        <p id={`${id}-problem`} className="queue-problem">
          {problem}
        </p>
      )}
      <span className="queue-view-form-actions">
        <button type="submit" className="button button-primary">{t('reviewQueue.view.saveButton')}</button>
        <button type="button" className="button button-secondary" onClick={onDone}>{t('reviewQueue.view.cancel')}</button>
      </span>
    </form>
  );
}

/** The list of views and the form that saves one. */
export function QueueViews({ views, counts, filter, onChoose, onSave, onDelete }: QueueViewsProps): ReactNode {
  const [isSaving, setIsSaving] = useState(false);
  const headingId = useId();
  return (
    <nav className="queue-views" aria-labelledby={headingId}>
      <h3 id={headingId} className="queue-side-title">{t('reviewQueue.view.title')}</h3>
      <ul className="queue-view-list">
        {views.map((view) => (
          <li key={view.id} className="queue-view">
            <button type="button" className="queue-view-button" aria-pressed={isSameFilter(view.filter, filter)} data-testid={`queue-view-${view.id}`} onClick={() => onChoose(view)}>
              <span className="queue-view-name">{viewName(view)}</span>
              <span className="queue-view-count">{counts.get(view.id) ?? 0}</span>
            </button>
            {!view.isBuiltIn && (
              <button type="button" className="icon-button" aria-label={t('reviewQueue.view.delete', { name: viewName(view) })} title={t('reviewQueue.view.delete', { name: viewName(view) })} onClick={() => onDelete(view)}>
                <X size={14} aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ul>
      {isSaving ? (
        <SaveViewForm views={views} onSave={onSave} onDone={() => setIsSaving(false)} />
      ) : (
        activeFilterCount(filter) > 0 && (
          <button type="button" className="button button-secondary queue-view-save" onClick={() => setIsSaving(true)}>
            <Save size={14} aria-hidden="true" />
            {t('reviewQueue.view.save')}
          </button>
        )
      )}
    </nav>
  );
}
