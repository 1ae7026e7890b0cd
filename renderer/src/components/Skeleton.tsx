/** Placeholder rows in the shape of the entries being loaded; hidden from assistive technology. */
import type { ReactNode } from 'react';

/** `rows` grey bars shaped like notebook entries, with a visually hidden label for screen readers. */
export function Skeleton({ rows = 4, label }: { rows?: number; label: string }): ReactNode {
  return (
    <div className="skeleton" role="status">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" aria-hidden="true">
          <span className="skeleton-bar skeleton-time" />
          <span className="skeleton-bar" style={{ width: `${55 + ((i * 17) % 35)}%` }} />
        </div>
      ))}
    </div>
  );
}
