/**
 * Linking concerns to a project (from the review queue's selection or a concern's page): find a project by its
 * title and choose it, or give a title to make a new project with the concerns linked at once. A refusal (a
 * concern deleted meanwhile, counter staff) is said in words in the dialog and nothing is linked.
 */
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { MAX_LINKS_PER_CHANGE } from '@shared/sync/mutators/project';
import { PROJECT_LIMITS } from '@shared/domain/project';
import { projectSummaries, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { AppDialog } from '../../components/AppDialog';
import { t } from '../../i18n';
import { newId } from '../../lib/ids';
import { useProjectChange } from './useProjectChange';

/** Props of LinkProjectDialog. */
export interface LinkProjectDialogProps {
  /** The concerns to link; the dialog is open while there are some. */
  readonly concernIds: readonly string[];
  readonly onClose: () => void;
}

/** The dialog. */
export function LinkProjectDialog({ concernIds, onClose }: LinkProjectDialogProps): ReactNode {
  return (
    <AppDialog isOpen={concernIds.length > 0} onClose={onClose} title={t('projects.link.title')} modalClassName="project-link-modal">
      {concernIds.length > 0 && <LinkProjectForm concernIds={concernIds} onDone={onClose} />}
    </AppDialog>
  );
}

function LinkProjectForm({ concernIds, onDone }: { concernIds: readonly string[]; onDone: () => void }): ReactNode {
  const { db } = useDesk();
  const { mayManage, refusal, run } = useProjectChange();
  const summaries = useLiveQuery(() => projectSummaries(db), [db]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string>();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string>();
  const ids = useId();
  const found = useMemo(() => {
    const words = query.trim().toLowerCase();
    return (summaries ?? []).filter((s) => words === '' || s.project.title.toLowerCase().includes(words));
  }, [summaries, query]);
  const count = concernIds.length;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count > MAX_LINKS_PER_CHANGE) return setProblem(t('projects.link.tooMany', { max: MAX_LINKS_PER_CHANGE, count }));
    const project = summaries?.find((s) => s.project.id === chosen)?.project;
    const newTitle = title.trim();
    if (project === undefined && newTitle === '') return setProblem(t('projects.link.pick'));
    const words = (name: string) => (count === 1 ? t('projects.link.doneOne', { title: name }) : t('projects.link.done', { count, title: name }));
    const reason =
      project !== undefined
        ? await run('linkConcerns', { projectId: project.id, concernIds: [...concernIds] }, words(project.title))
        : await run('createProject', { id: newId(), fields: { title: newTitle }, concernIds: [...concernIds] }, words(newTitle));
    setProblem(reason);
    if (reason === undefined) onDone();
  };
  if (!mayManage) return <p className="project-dialog-body">{refusal}</p>;
  return (
    <form className="project-dialog-body" onSubmit={(event) => void submit(event)} noValidate>
      <p>{count === 1 ? t('projects.link.introOne') : t('projects.link.intro', { count })}</p>
      {problem !== undefined && (
        <p className="project-problem" role="alert">
          {t('projects.problem', { reason: problem })}
        </p>
      )}
      <label className="project-field-label" htmlFor={`${ids}-search`}>
        {t('projects.link.search')}
      </label>
      <input id={`${ids}-search`} className="input" type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
      <fieldset className="project-fieldset">
        <legend className="project-field-label">{t('projects.link.choose')}</legend>
        {found.length === 0 ? (
          <p className="project-muted">{t('projects.link.noneFound')}</p>
        ) : (
          <ul className="project-choices" data-testid="project-choices">
            {found.map(({ project, concernCount }) => (
              <li key={project.id}>
                <label className="project-choice">
                  <input
                    type="radio"
                    name={`${ids}-project`}
                    value={project.id}
                    checked={chosen === project.id}
                    onChange={() => {
                      setChosen(project.id);
                      setTitle('');
                    }}
                  />
                  <span>{project.title}</span>
                  <span className="project-muted">
                    {t(`projects.status.${project.status}`)} · {t('projects.column.concerns')}: {concernCount}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <label className="project-field-label" htmlFor={`${ids}-new`}>
        {t('projects.link.orNew')}
      </label>
      <input
        id={`${ids}-new`}
        className="input"
        type="text"
        autoComplete="off"
        maxLength={PROJECT_LIMITS.title}
        placeholder={t('projects.link.newTitle')}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          if (event.target.value.trim() !== '') setChosen(undefined);
        }}
      />
      <div className="project-form-footer">
        <button type="submit" className="button button-primary">
          {title.trim() !== '' ? t('projects.link.create') : t('projects.link.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
