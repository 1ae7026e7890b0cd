/**
 * "Link to project…" in the review queue: a button on the bulk bar and the l key, acting on the selected rows
 * (or the current one when none is selected), opening the project picker. Someone who may not keep projects
 * gets no button, and the key tells them who may, as the queue's other actions do.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useState } from 'react';
import { Link2 } from 'lucide-react';
import { useAnnounce } from '../../app/announcer';
import { isShortcut } from '../../app/shortcuts';
import { t } from '../../i18n';
import { LinkProjectDialog } from './LinkProjectDialog';
import { projectsRefusal, useProjectChange } from './useProjectChange';

/** The queue's link state and its controls. */
export interface QueueLink {
  readonly concernIds: readonly string[];
  close(): void;
  /** Handles the l key on the queue's table (other keys are left alone). */
  onKey(event: KeyboardEvent, concernIds: readonly string[]): void;
  /** The bulk bar's button, or null for someone who may not keep projects. */
  button(concernIds: () => readonly string[]): ReactNode;
}

/** The link state of the queue. */
export function useLinkToProject(): QueueLink {
  const { mayManage } = useProjectChange();
  const announce = useAnnounce();
  const [concernIds, setConcernIds] = useState<readonly string[]>([]);
  const key = 'l';
  return {
    concernIds,
    close: () => setConcernIds([]),
    onKey(event, ids) {
      if (event.ctrlKey || event.metaKey || event.altKey || !isShortcut(event, 'review.linkProject') || ids.length === 0) return;
      event.preventDefault();
      if (mayManage) setConcernIds(ids);
      else announce(projectsRefusal());
    },
    button(ids) {
      if (!mayManage) return null;
      return (
        <button type="button" className="button button-secondary" aria-keyshortcuts={key} title={`${t('projects.link.action')} (${key})`} onClick={() => setConcernIds(ids())}>
          <Link2 size={16} aria-hidden="true" />
          {t('projects.link.action')}
          <kbd className="queue-key" aria-hidden="true">
            {key}
          </kbd>
        </button>
      );
    },
  };
}

/** The picker the queue's link opens. */
export function LinkToProject({ link }: { link: QueueLink }): ReactNode {
  return <LinkProjectDialog concernIds={link.concernIds} onClose={link.close} />;
}
