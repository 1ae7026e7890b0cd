/**
 * The queue's table rendered to HTML (renderer tests run in Node, without a DOM): grid semantics for
 * virtualized rows, sortable headers as buttons with aria-sort, and what a row says, in words as well as colour.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { defaultResponsePolicy } from '@shared/domain/response-clock';
import { describe, expect, it } from 'vitest';
import { QueueTable, type QueueTableProps } from '../../../../../renderer/src/features/review/queue/QueueTable';
import { BulkBar } from '../../../../../renderer/src/features/review/queue/BulkBar';
import { sortRows } from '../../../../../renderer/src/features/review/queue/queue-sort';
import { queueRow } from './queue-rows';

const tree = queueRow({
  summary: 'Tree down on Mill Lane',
  priority: 'top',
  tags: ['trees'],
  area: 'Riverside',
  address: '4 Mill Lane',
  category: 'Streets and sidewalks',
  createdBy: 'Cleo Park',
  flags: { count: 2, latestReason: 'A car is stuck', latestBy: 'Cleo Park', latestAt: '2026-03-10T10:00:00.000Z' },
  assignees: [{ id: '1b4e28ba-2fa1-41d2-883f-0016d3cca402', name: 'Ben Cole' }, { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca403', name: null }],
  raisedCount: 3,
});
const bins = queueRow({ summary: 'Bins not collected', isOverdue: true, channel: 'email', createdAt: '2026-03-02T08:00:00.000Z' });

const render = (changes: Partial<QueueTableProps> = {}) =>
  renderToStaticMarkup(
    <QueueTable
      rows={sortRows([tree, bins], null)}
      sort={null}
      onSort={() => undefined}
      current={0}
      focusToken={0}
      onCurrent={() => undefined}
      selected={new Set([tree.id])}
      onToggle={() => undefined}
      onToggleAll={() => undefined}
      onOpen={() => undefined}
      onKeyDown={() => undefined}
      policy={defaultResponsePolicy('Europe/Berlin')}
      now={Date.parse('2026-03-10T12:00:00.000Z')}
      {...changes}
    />,
  );

/** The text of each body row, cells joined by " | ". */
function rowTexts(html: string): string[] {
  const body = html.slice(html.indexOf('<tbody'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)]
      .map((cell) => (cell[1] ?? '').replace(/<svg.*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())
      .join(' | '),
  );
}

describe('the queue table', () => {
  it('is a grid that counts all its rows, drawing only those in view', () => {
    const html = render();
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-label="Concerns waiting for review"');
    expect(html).toContain('aria-rowcount="3"');
    expect(html).toContain('aria-multiselectable="true"');
    expect([...html.matchAll(/aria-rowindex="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
  });

  it('has a sort button in every column header and marks the sorted one with aria-sort', () => {
    const html = render({ sort: { key: 'createdAt', isDescending: true } });
    const headers = [...html.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => (m[1] ?? '').replace(/<svg.*?<\/svg>/g, '').replace(/<[^>]+>/g, '').trim());
    expect(headers).toEqual(['', 'Priority', 'Reference', 'Summary', 'Status', 'Channel', 'Category', 'Place', 'Logged by', 'Logged at', 'Assigned to', 'Waiting / due', 'Raised by']);
    expect(html.match(/<button type="button" class="queue-sort"/g)).toHaveLength(12);
    expect(html).toMatch(/<th scope="col" class="queue-cell queue-col-createdAt" aria-sort="descending">/);
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
  });

  it('says what each row is: overdue first, priority, flag, tags, place, who and how many', () => {
    const [first, second] = rowTexts(render());
    expect(first).toMatch(/^ \| Normal \| [0-9A-F]{8} \| Bins not collected \| New \| Email \| None \| Not given \| Ana \| .+ \| Nobody \| First response: overdue since Fri 17:00 \| 1 person$/);
    expect(second).toContain('| First response: 2 h overdue |');
    expect(second).toContain('| Top priority |');
    expect(second).toContain('Tree down on Mill Lane #trees Flagged by Cleo Park: A car is stuck (+1 more)');
    expect(second).toContain('| Riverside, 4 Mill Lane | Cleo Park |');
    expect(second).toContain('| Ben Cole, Someone this desk does not know yet |');
    expect(second).toMatch(/\| 3 people$/);
  });

  it('marks the selected and the current row, the current one alone in the tab order', () => {
    const html = render({ current: 1 });
    const rows = [...html.matchAll(/<tr data-row-id="([^"]+)"[^>]*>/g)];
    expect(rows.map((m) => m[1])).toEqual([bins.id, tree.id]);
    expect(rows[0]?.[0]).toContain('aria-selected="false"');
    expect(rows[0]?.[0]).toContain('tabindex="-1"');
    expect(rows[1]?.[0]).toContain('aria-selected="true"');
    expect(rows[1]?.[0]).toContain('tabindex="0"');
    expect(rows[1]?.[0]).toContain('queue-row-current');
    expect(html).toContain('aria-label="Select Tree down on Mill Lane"');
  });
});

describe('the bulk bar', () => {
  it('shows the count and a button per allowed action with its key, and nothing when none is selected', () => {
    const html = renderToStaticMarkup(<BulkBar count={3} actions={['comment', 'flag']} onAction={() => undefined} onClear={() => undefined} />);
    expect(html).toContain('3 selected');
    expect(html).toContain('aria-keyshortcuts="c"');
    expect(html).toContain('aria-keyshortcuts="f"');
    expect(html).not.toContain('Resolve');
    expect(renderToStaticMarkup(<BulkBar count={0} actions={['comment']} onAction={() => undefined} onClear={() => undefined} />)).toBe('');
  });
});
