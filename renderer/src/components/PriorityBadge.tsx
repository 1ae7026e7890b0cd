/** A concern's priority as an icon and a word; normal priority shows nothing, keeping the page calm. */
import type { ReactNode } from 'react';
import { OctagonExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import type { Priority } from '@shared/domain/concern';
import { t } from '../i18n';

/** "Top priority" or "High priority" with its icon; nothing for normal unless `showNormal`. */
export function PriorityBadge({ priority, showNormal = false }: { priority: Priority; showNormal?: boolean }): ReactNode {
  if (priority === 'normal') {
    return showNormal ? <span className="badge badge-normal">{t('priority.normal')}</span> : null;
  }
  const Icon = priority === 'top' ? OctagonExclamationPoint : TriangleExclamationPoint;
  return (
    <span className={`badge badge-${priority}`}>
      <Icon size={14} aria-hidden="true" strokeWidth={2.25} />
      {t(`priority.${priority}`)}
    </span>
  );
}
