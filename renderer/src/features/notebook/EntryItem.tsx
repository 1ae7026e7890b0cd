/**
 * One notebook entry: a row button (time, priority, summary, tags, channel, category, status, follow-up)
 * that expands the entry's details below it. The row is the entry's stop in the list's roving tab order.
 */
import { memo, type ReactNode } from 'react';
import { ChevronDown } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { ChannelIcon } from '../../components/ChannelIcon';
import { ResponseClockBadge } from '../../components/ResponseClockBadge';
import { FollowUpBadge } from '../../components/FollowUpBadge';
import { PriorityBadge } from '../../components/PriorityBadge';
import { TagChip } from '../../components/TagChip';
import { formatShortDay, formatTime } from '../../lib/format';
import { toDayKey } from '../../lib/dates';
import { t } from '../../i18n';
import { EntryDetails } from './EntryDetails';

/** Props of EntryItem. */
export interface EntryItemProps {
  readonly concern: Concern;
  readonly today: string;
  readonly isExpanded: boolean;
  readonly isTabStop: boolean;
  readonly isFresh: boolean;
  /** Show the day as well as the time (search results span many days). */
  readonly showDate: boolean;
  /** The callbacks below must keep their identity across renders: the item only re-renders for its data. */
  readonly registerRow: (id: string, element: HTMLButtonElement | null) => void;
  readonly onToggle: (id: string) => void;
  readonly onFocus: (id: string) => void;
  readonly onEdit: (concern: Concern) => void;
}

/** Re-render an entry only when what it shows changed: a busy day re-renders one row per save, not all. */
function isSameEntry(a: EntryItemProps, b: EntryItemProps): boolean {
  return (
    a.concern.id === b.concern.id &&
    a.concern.updatedAt === b.concern.updatedAt &&
    a.today === b.today &&
    a.isExpanded === b.isExpanded &&
    a.isTabStop === b.isTabStop &&
    a.isFresh === b.isFresh &&
    a.showDate === b.showDate
  );
}

/** The entry's list item. */
export const EntryItem = memo(function EntryItem(props: EntryItemProps): ReactNode {
  const { concern, today, isExpanded, isTabStop, isFresh, showDate, registerRow, onToggle, onFocus, onEdit } = props;
  const detailsId = `entry-details-${concern.id}`;
  const priorityClass = concern.priority === 'normal' ? '' : ` entry-${concern.priority}`;
  return (
    <li data-testid="entry" className={`entry${priorityClass}${isFresh ? ' entry-fresh' : ''}`} data-expanded={isExpanded || undefined}>
      <button
        ref={(element) => registerRow(concern.id, element)}
        type="button"
        className="entry-row"
        tabIndex={isTabStop ? 0 : -1}
        aria-expanded={isExpanded}
        aria-controls={isExpanded ? detailsId : undefined}
        onClick={() => onToggle(concern.id)}
        onFocus={() => onFocus(concern.id)}
      >
        <span className="entry-time">
          {showDate && <span className="entry-date">{formatShortDay(toDayKey(new Date(concern.createdAt)))}</span>}
          <time dateTime={concern.createdAt}>{formatTime(concern.createdAt)}</time>
        </span>
        <span className="entry-main">
          <span className="entry-headline">
            <PriorityBadge priority={concern.priority} />
            <span className="entry-summary">{concern.summary}</span>
          </span>
          <span className="entry-meta">
            {concern.tags.map((tag) => (
              <TagChip key={tag} tag={tag} />
            ))}
            <ChannelIcon channel={concern.channel} />
            {concern.category !== '' && <span className="entry-category">{concern.category}</span>}
            <span className="entry-status">{t(`status.${concern.status}`)}</span>
            <FollowUpBadge followUp={concern.followUp} today={today} />
            <ResponseClockBadge concern={concern} />
          </span>
        </span>
        <ChevronDown className="entry-chevron" size={18} aria-hidden="true" />
      </button>
      {isExpanded && <EntryDetails id={detailsId} concern={concern} onEdit={() => onEdit(concern)} />}
    </li>
  );
}, isSameEntry);
