/** The timeline rendered to HTML (Node, no DOM): an ordered list of events with times, who, what, and where from. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import type { ConcernComment } from '@shared/domain/review';
import type { Timeline, TimelineEvent } from '../../../../../renderer/src/db/timeline';
import { TimelineList } from '../../../../../renderer/src/features/review/timeline/TimelineList';
import { commentParts } from '../../../../../renderer/src/features/review/timeline/CommentText';
import { describeReviewChange } from '../../../../../renderer/src/features/review/timeline/describe-event';
import { testId } from '../../../../helpers/concerns';

const at = '2026-12-03T09:00:00.000Z';
const BEN = '1b4e28ba-2fa1-41d2-883f-0016d3cca401';
const ANA = '1b4e28ba-2fa1-41d2-883f-0016d3cca402';
const staffNames = new Map([
  [BEN, 'Ben Cole'],
  [ANA, 'Ana Ruiz'],
]);
const keep = testId(Date.parse(at));
const dup = testId(Date.parse(at));
const concern: Concern = { ...emptyConcernFields(), summary: 'Fallen oak', id: keep, createdAt: at, createdBy: 'Ana Ruiz', updatedAt: at, updatedBy: 'Ana Ruiz' };
const comment: ConcernComment = { id: testId(Date.parse(at)), concernId: dup, text: 'Can @Ben Cole look? Thanks', mentions: [BEN], by: 'Carl', at };

const events: TimelineEvent[] = [
  { kind: 'created', key: 'a', at, by: 'Ana Ruiz', sourceId: keep },
  { kind: 'comment', comment, key: 'b', at, by: 'Carl', sourceId: dup },
  { kind: 'edited', changes: [{ field: 'assignees', from: [], to: [BEN] }, { field: 'status', from: 'new', to: 'acknowledged' }], key: 'c', at, by: 'Ana Ruiz', sourceId: keep },
];

/** Each list item's text, tags stripped. */
const items = (html: string) =>
  [...html.matchAll(/<li class="timeline-item"[^>]*>(.*?)<\/li>(?=<li class="timeline-item"|<\/ol>)/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  );

describe('the timeline list', () => {
  it('is an ordered list of events with machine-readable times, who and what, naming merged sources', () => {
    const timeline: Timeline = { concern, events, staffNames };
    const html = renderToStaticMarkup(<TimelineList timeline={timeline} />);
    expect(html).toMatch(/^<ol class="timeline" aria-label="Timeline">/);
    expect(html.match(/<time dateTime="2026-12-03T09:00:00.000Z">/g)).toHaveLength(3);
    const texts = items(html);
    expect(texts[0]).toMatch(/· Ana Ruiz logged it$/);
    expect(texts[1]).toContain(`Carl commented from ${concernReference(dup)} (merged)`);
    expect(texts[1]).toContain('Can @Ben Cole look? Thanks');
    expect(texts[1]).toContain('Let know: Ben Cole');
    expect(texts[2]).toContain('Ana Ruiz changed it Assigned to Ben Cole Status: from New to Acknowledged');
    expect(html).toContain('<strong class="timeline-mention">@Ben Cole</strong>');
    // Read-only: nothing to press or type in.
    expect(html).not.toMatch(/<button|<input|<textarea/);
  });

  it('says so when nothing is recorded', () => {
    expect(renderToStaticMarkup(<TimelineList timeline={{ concern, events: [], staffNames }} />)).toContain('Nothing has been recorded');
  });
});

describe('the words of review changes', () => {
  it('names people assigned, unassigned and handed over, and "a colleague" for someone unknown', () => {
    expect(describeReviewChange({ field: 'assignees', from: [ANA], to: [BEN] }, staffNames)).toBe('Handed from Ana Ruiz to Ben Cole');
    expect(describeReviewChange({ field: 'assignees', from: [ANA, BEN], to: [BEN] }, staffNames)).toBe('No longer assigned to Ana Ruiz');
    expect(describeReviewChange({ field: 'assignees', from: [], to: ['1b4e28ba-2fa1-41d2-883f-0016d3cca499'] }, staffNames)).toBe('Assigned to a colleague');
  });

  it('names merges by reference and counts the people who raised it', () => {
    expect(describeReviewChange({ field: 'mergedFrom', from: [], to: [dup] }, staffNames)).toBe(`Merged into this one as a duplicate: ${concernReference(dup)}`);
    expect(describeReviewChange({ field: 'mergedInto', from: null, to: keep }, staffNames)).toBe(`Merged into ${concernReference(keep)} as a duplicate`);
    expect(describeReviewChange({ field: 'raisedCount', from: 1, to: 3 }, staffNames)).toBe('Raised by 3 people now');
  });
});

describe('a comment with mentions', () => {
  it('marks the mentioned names, longest first, and shows a raw staff id as the name', () => {
    const withIds: ConcernComment = { ...comment, text: 'Ask @Ana Ruiz or @Ana and @' + BEN, mentions: [ANA, BEN] };
    expect(commentParts(withIds, new Map([...staffNames, ['x', 'Ana']]))).toEqual([
      { text: 'Ask ' },
      { mention: 'Ana Ruiz' },
      { text: ' or @Ana and ' },
      { mention: 'Ben Cole' },
    ]);
  });
});
