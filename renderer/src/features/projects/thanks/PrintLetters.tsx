/**
 * The thank-you letters for print: hidden on screen; in print, the only thing on the paper, one letter per page
 * (thanks-print.css). Portalled to the end of the body, as the meeting's printed report is, and carrying its
 * class too, so the meeting's print rule (everything but the report hidden) never hides the letters.
 */
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';
import type { Project } from '@shared/domain/project';
import type { Contributor } from '@shared/domain/thanks';
import { formatDay } from '../../../lib/format';
import { draftFor } from './thanks-drafts';
import './thanks-print.css';

/** Props of PrintLetters. */
export interface PrintLettersProps {
  readonly contributors: readonly Contributor[];
  readonly project: Project;
  readonly officeName: string;
  /** Today's date key, printed on each letter. */
  readonly today: string;
}

/** The letters, one per page. */
export function PrintLetters({ contributors, project, officeName, today }: PrintLettersProps): ReactNode {
  return createPortal(
    <div className="print-report print-letters" aria-hidden="true" data-testid="print-letters">
      {contributors.map((contributor) => {
        const { body } = draftFor(contributor, project, officeName);
        return (
          <article key={contributor.key} className="print-letter">
            {officeName.trim() !== '' && <p className="print-letter-office">{officeName}</p>}
            <p className="print-letter-date">{formatDay(today)}</p>
            {contributor.name !== '' && <p className="print-letter-to">{contributor.name}</p>}
            {body.split('\n\n').map((paragraph, i) => (
              <p key={i} className="print-letter-text">
                {paragraph}
              </p>
            ))}
          </article>
        );
      })}
    </div>,
    document.body,
  );
}
