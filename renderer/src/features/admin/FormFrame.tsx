/**
 * The frame every admin form shares: a heading and what the form does, the server's problem (with Try again),
 * the fields, the buttons, and anything said after them. Enter in a one-line box submits it.
 */
import { useId, type ReactNode } from 'react';
import { ProblemBanner } from './ProblemBanner';
import type { ApiSubmit } from './useApiSubmit';

/** Props: the texts, the submit state from useApiSubmit, the fields, the buttons and what follows them. */
export interface FormFrameProps {
  title: string;
  intro: string;
  sending: ApiSubmit;
  className: string;
  actions: ReactNode;
  after?: ReactNode;
  children: ReactNode;
}

/** The form. */
export function FormFrame({ title, intro, sending, className, actions, after, children }: FormFrameProps): ReactNode {
  const headingId = useId();
  return (
    <form
      className={className}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        sending.submit();
      }}
    >
      <div className="admin-heading">
        <h3 id={headingId} className="admin-form-title">
          {title}
        </h3>
        <p className="admin-hint">{intro}</p>
      </div>
      <ProblemBanner problem={sending.problem} onRetry={sending.submit} />
      {children}
      <div className="admin-form-actions">{actions}</div>
      {after}
    </form>
  );
}
