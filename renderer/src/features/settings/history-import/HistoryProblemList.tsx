/** Every problem of a history file, with its row number: the file is fixed and chosen again, nothing imported. */
import type { ReactNode } from 'react';
import type { HistoryProblem } from '@shared/domain/history-import';
import { t } from '../../../i18n';

/** The list of problems (text only: a problem quotes the file, which may hold anything). */
export function HistoryProblemList({ problems }: { problems: readonly HistoryProblem[] }): ReactNode {
  return (
    <ul className="history-import-problems" data-testid="history-import-problems">
      {problems.map((problem, index) => (
        <li key={`${problem.row}-${index}`}>
          <span className="history-import-problem-row">
            {problem.row === 0 ? t('historyImport.problems.file') : t('historyImport.problems.row', { row: problem.row })}
          </span>{' '}
          <span>{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
