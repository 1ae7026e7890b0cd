/**
 * The open drafts as a row of chips under the quick line: each chip is a button that switches to its draft,
 * with a small discard button beside it. Shown only when there is a draft besides the one being typed.
 */
import { useState, type ReactNode } from 'react';
import { FilePen, X } from 'lucide-react';
import type { Draft } from '@shared/domain/draft';
import { t } from '../../i18n';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { draftLabel, draftText, excerpt } from './draft-label';

/** Props of DraftTabs. */
export interface DraftTabsProps {
  readonly drafts: readonly Draft[];
  readonly activeId: string;
  readonly onSelect: (draft: Draft) => void;
  readonly onDiscard: (draft: Draft) => void;
}

/** The chips, or nothing when the only draft is the current line. */
export function DraftTabs({ drafts, activeId, onSelect, onDiscard }: DraftTabsProps): ReactNode {
  const [pending, setPending] = useState<Draft | undefined>();
  if (!drafts.some((d) => d.id !== activeId)) return null;
  return (
    <nav className="drafts" aria-label={t('drafts.label')}>
      <ul className="drafts-list">
        {drafts.map((draft, index) => {
          const isCurrent = draft.id === activeId;
          return (
            <li key={draft.id} className="draft-chip" data-current={isCurrent || undefined}>
              <button
                type="button"
                className="draft-chip-select"
                aria-current={isCurrent ? 'true' : undefined}
                onClick={() => onSelect(draft)}
              >
                {draft.kind === 'form' && <FilePen size={14} aria-hidden="true" />}
                {draftLabel(draft, index + 1)}
              </button>
              <button
                type="button"
                className="draft-chip-discard"
                aria-label={t('drafts.discard', { number: index + 1 })}
                title={t('drafts.discard', { number: index + 1 })}
                onClick={() => setPending(draft)}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ul>
      <DiscardDraftDialog
        excerpt={pending === undefined ? undefined : excerpt(draftText(pending), 80) || t('drafts.empty')}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          if (pending !== undefined) onDiscard(pending);
          setPending(undefined);
        }}
      />
    </nav>
  );
}
