/**
 * A concern's timeline as an ordered list: each event with its time (a time element), who, what, and, for an
 * event that came from a concern merged into this one, "from <reference> (merged)". Purely presentational and
 * read-only: nothing in it can be edited or removed (the rows are append-only everywhere).
 */
import type { ReactNode } from 'react';
import { concernReference } from '@shared/domain/reference';
import type { Timeline, TimelineEvent } from '../../../db/timeline';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';
import { describeEvent } from './describe-event';
import { CommentText } from './CommentText';
import './timeline.css';

function EventItem({ event, timeline }: { event: TimelineEvent; timeline: Timeline }): ReactNode {
  const { headline, lines } = describeEvent(event, timeline.staffNames);
  const isMerged = event.sourceId !== timeline.concern.id;
  return (
    <li className="timeline-item" data-event-kind={event.kind} data-testid="timeline-event">
      <p className="timeline-head">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
        {' · '}
        <span className="timeline-headline">{headline}</span>
        {isMerged && <span className="timeline-source">{` ${t('reviewConcern.timeline.fromMerged', { reference: concernReference(event.sourceId) })}`}</span>}
      </p>
      {event.kind === 'comment' && <CommentText comment={event.comment} staffNames={timeline.staffNames} />}
      {lines.length > 0 && (
        <ul className="timeline-lines">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The events, oldest first; an empty timeline says so. */
export function TimelineList({ timeline }: { timeline: Timeline }): ReactNode {
  if (timeline.events.length === 0) return <p className="muted">{t('reviewConcern.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('reviewConcern.timeline.title')}>
      {timeline.events.map((event) => (
        <EventItem key={event.key} event={event} timeline={timeline} />
      ))}
    </ol>
  );
}
