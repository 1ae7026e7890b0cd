/** A designed empty, loading-failed or nothing-found state: an icon, a plain title and what to do next. */
import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

/** The state's title as a heading at `level`, then its explanation. */
export function EmptyState(props: { icon: LucideIcon; title: string; children?: ReactNode; level?: 2 | 3 }): ReactNode {
  const { icon: Icon, title, children, level = 2 } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Icon className="empty-state-icon" size={32} aria-hidden="true" strokeWidth={1.5} />
      <Heading className="empty-state-title">{title}</Heading>
      {children !== undefined && <div className="empty-state-body">{children}</div>}
    </div>
  );
}
