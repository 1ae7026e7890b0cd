/** The queue's keys: what each key means on the current row, and which actions a role is offered. */
import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../../renderer/src/features/review/permissions';
import { allowedActions, queueIntent } from '../../../../../renderer/src/features/review/queue/queue-keys';
import { REVIEW_ACTION_KINDS } from '../../../../../renderer/src/features/review/actions/action-request';

const key = (k: string, mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});
const all = [...REVIEW_ACTION_KINDS];

describe('keys in the queue', () => {
  it('moves the current row with j/k, the arrows, Home/End and Page Up/Down, within the rows shown', () => {
    expect(queueIntent(key('j'), 3, 50, all)).toEqual({ type: 'move', to: 4 });
    expect(queueIntent(key('ArrowDown'), 49, 50, all)).toEqual({ type: 'move', to: 49 });
    expect(queueIntent(key('k'), 0, 50, all)).toEqual({ type: 'move', to: 0 });
    expect(queueIntent(key('ArrowUp'), 3, 50, all)).toEqual({ type: 'move', to: 2 });
    expect(queueIntent(key('Home'), 30, 50, all)).toEqual({ type: 'move', to: 0 });
    expect(queueIntent(key('End'), 3, 50, all)).toEqual({ type: 'move', to: 49 });
    expect(queueIntent(key('PageDown'), 45, 50, all)).toEqual({ type: 'move', to: 49 });
    expect(queueIntent(key('PageUp'), 15, 50, all)).toEqual({ type: 'move', to: 5 });
  });

  it('opens with Enter, selects with x, all or none with Shift+x', () => {
    expect(queueIntent(key('Enter'), 0, 5, all)).toEqual({ type: 'open' });
    expect(queueIntent(key('x'), 0, 5, all)).toEqual({ type: 'select' });
    expect(queueIntent(key('X', { shiftKey: true }), 0, 5, all)).toEqual({ type: 'selectAll' });
  });

  it('asks for an action by its key only when it is allowed, and leaves other keys alone', () => {
    expect(queueIntent(key('d'), 0, 5, all)).toEqual({ type: 'action', kind: 'resolve' });
    expect(queueIntent(key('m'), 0, 5, all)).toEqual({ type: 'action', kind: 'merge' });
    expect(queueIntent(key('d'), 0, 5, ['comment', 'flag'])).toBeUndefined();
    expect(queueIntent(key('c'), 0, 5, ['comment', 'flag'])).toEqual({ type: 'action', kind: 'comment' });
    expect(queueIntent(key('c', { ctrlKey: true }), 0, 5, all)).toBeUndefined();
    expect(queueIntent(key('2', { altKey: true }), 0, 5, all)).toBeUndefined();
    expect(queueIntent(key('q'), 0, 5, all)).toBeUndefined();
    expect(queueIntent(key('j'), 0, 0, all)).toBeUndefined();
  });

  it('offers a counter flag, comment, respond and priority (to raise it), and a go-to person everything', () => {
    const counter = permissionsOf('counter');
    expect(allowedActions((a) => counter.may(a))).toEqual(['comment', 'flag', 'priority', 'respond']);
    const goTo = permissionsOf('goto');
    expect(allowedActions((a) => goTo.may(a))).toEqual(all);
  });
});
