/**
 * The open concern's review panel rendered to HTML (Node, no DOM), and which actions and keys it offers to
 * each role.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import type { ConcernFlag } from '@shared/domain/review';
import { ReviewPanelView } from '../../../../../renderer/src/features/review/concern/ReviewPanelView';
import { actionOfKey, ariaKeysOf, panelActions } from '../../../../../renderer/src/features/review/concern/panel-actions';
import { permissionsOf } from '../../../../../renderer/src/features/review/permissions';
import type { ReviewPanelData } from '../../../../../renderer/src/db/timeline';
import { testId } from '../../../../helpers/concerns';

const at = '2026-12-03T09:00:00.000Z';
const BEN = '1b4e28ba-2fa1-41d2-883f-0016d3cca401';
const id = testId(Date.parse(at));
const dup = testId(Date.parse(at));
const survivor = testId(Date.parse(at));

const concern: Concern = {
  ...emptyConcernFields('walk-in'),
  summary: 'Fallen oak blocking Elm St',
  details: 'Branch across the pavement',
  location: { address: '12 Elm St', area: 'Northside' },
  category: 'Trees',
  tags: ['trees', 'storm'],
  priority: 'high',
  status: 'acknowledged',
  id,
  createdAt: at,
  createdBy: 'Ana Ruiz',
  updatedAt: at,
  updatedBy: 'Ana Ruiz',
  assignees: [BEN],
  mergedFrom: [dup],
  raisedCount: 3,
};
const flag: ConcernFlag = { id: testId(Date.parse(at)), concernId: dup, reason: 'Blocking the bus stop', by: 'Carl', at, reviewedAt: null, reviewedBy: null };
const data: ReviewPanelData = { concern, openFlags: [flag], staffNames: new Map([[BEN, 'Ben Cole']]) };
const none = () => undefined;

const render = (panel: ReviewPanelData, role: Parameters<typeof permissionsOf>[0]) =>
  renderToStaticMarkup(
    <ReviewPanelView
      data={panel}
      actions={panelActions(panel.concern, panel.openFlags.length, permissionsOf(role))}
      canEdit={permissionsOf(role).may('edit')}
      onAction={none}
      onOpen={none}
      onEdit={none}
      timeline={<p>the timeline</p>}
    />,
  );

const text = (html: string) => html.replace(/<svg.*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the review panel', () => {
  it('heads with the reference, summary, priority, status, channel, how many raised it and who has it', () => {
    const html = render(data, 'goto');
    expect(html).toContain(`aria-labelledby="review-${id}"`);
    expect(html).toContain(`<h2 id="review-${id}" class="review-summary">Fallen oak blocking Elm St</h2>`);
    const words = text(html);
    expect(words).toContain(`Reference ${concernReference(id)} Fallen oak blocking Elm St High priority Acknowledged Walk-in Raised by 3 people Assigned to Ben Cole`);
    expect(words).toContain(`Duplicates merged into this one: ${concernReference(dup)}`);
    expect(words).toContain(`Flagged for a go-to person: 1 Blocking the bus stop Flagged by Carl`);
    expect(words).toContain(`(merged)`);
    expect(words).toContain('Northside');
    expect(words).toContain('#trees');
    expect(words).toContain('Timeline the timeline');
  });

  it('offers a go-to person every action that applies, each with its key, and Edit', () => {
    const html = render(data, 'goto');
    const actions = [...html.matchAll(/data-action="([^"]+)"/g)].map((m) => m[1]);
    expect(actions).toEqual(['assign', 'comment', 'flag', 'reviewFlags', 'respond', 'priority', 'status', 'resolve', 'merge', 'edit']);
    expect(html).toMatch(/aria-keyshortcuts="v"[^>]*data-action="reviewFlags"/);
    expect(html).toContain('role="group" aria-label="Actions on this concern"');
  });

  it('offers counter staff only what they may do, and a facilitator none, saying so', () => {
    const counter = [...render(data, 'counter').matchAll(/data-action="([^"]+)"/g)].map((m) => m[1]);
    expect(counter).toEqual(['comment', 'flag', 'respond', 'priority', 'edit']);
    const facilitator = render(data, 'facilitator');
    expect(facilitator).not.toContain('data-action=');
    expect(text(facilitator)).toContain('You can read this concern; go-to people make the changes.');
  });

  it('tells that a merged concern went into another, offers to open it, and offers only flag and comment', () => {
    const merged = { ...data, concern: { ...concern, mergedInto: survivor, status: 'closed' as const, mergedFrom: [] }, openFlags: [] };
    const html = render(merged, 'admin');
    expect(text(html)).toContain(`This concern was merged into ${concernReference(survivor)} as a duplicate`);
    expect(text(html)).toContain(`Open ${concernReference(survivor)}`);
    const actions = [...html.matchAll(/data-action="([^"]+)"/g)].map((m) => m[1]);
    expect(actions).toEqual(['comment', 'flag', 'edit']);
  });
});

describe('panel actions', () => {
  const goto = permissionsOf('goto');

  it('offers acknowledge only on a new concern, and priority to counter staff only below top', () => {
    expect(panelActions({ ...concern, status: 'new' }, 0, goto)).toContain('acknowledge');
    expect(panelActions(concern, 0, goto)).not.toContain('acknowledge');
    expect(panelActions(concern, 0, goto)).not.toContain('reviewFlags');
    expect(panelActions({ ...concern, priority: 'top' }, 0, permissionsOf('counter'))).not.toContain('priority');
    expect(panelActions({ ...concern, priority: 'top' }, 0, goto)).toContain('priority');
  });

  it('maps each offered key to its action, ignoring keys with modifiers and actions not offered', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
    expect(actionOfKey(key('m'), ['comment', 'merge'])).toBe('merge');
    expect(actionOfKey(key('m', { ctrlKey: true }), ['merge'])).toBeUndefined();
    expect(actionOfKey(key('a'), ['comment'])).toBeUndefined();
    expect(ariaKeysOf('resolve')).toBe('d');
  });
});
