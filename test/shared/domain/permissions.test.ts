import { describe, expect, it } from 'vitest';
import { PRIORITIES } from '@shared/domain/concern';
import { ACTION_OF_MUTATOR, CONCERN_ACTIONS, OFFICE_ACTIONS, mayChangePriority, mayDo, rolesThatMay } from '@shared/domain/permissions';
import { MUTATORS } from '@shared/sync/mutators';

describe('the permission table', () => {
  it('gives counter staff the counter work only, facilitators no concern work, go-to people and admins all of it', () => {
    const allowed = (role: 'counter' | 'goto' | 'facilitator' | 'admin') => CONCERN_ACTIONS.filter((action) => mayDo(role, action));
    expect(allowed('counter')).toEqual(['log', 'edit', 'flag', 'comment', 'respond', 'raisePriority']);
    expect(allowed('facilitator')).toEqual([]);
    expect(allowed('goto')).toEqual([...CONCERN_ACTIONS]);
    expect(allowed('admin')).toEqual([...CONCERN_ACTIONS]);
  });

  it('lets facilitators, go-to people and admins facilitate the meeting and keep projects, only admins import history', () => {
    const allowed = (role: 'counter' | 'goto' | 'facilitator' | 'admin') => OFFICE_ACTIONS.filter((action) => mayDo(role, action));
    expect(allowed('counter')).toEqual(['thankContributors', 'recordUnsubscribe']);
    expect(allowed('facilitator')).toEqual(['facilitate', 'manageProjects', 'thankContributors', 'editNewsletter', 'sendNewsletter', 'recordUnsubscribe']);
    expect(allowed('goto')).toEqual(['facilitate', 'manageProjects', 'thankContributors', 'editNewsletter', 'recordUnsubscribe']);
    expect(allowed('admin')).toEqual([...OFFICE_ACTIONS]);
  });

  it('says in words who may do an action, for refusals', () => {
    expect(rolesThatMay('merge')).toBe('a go-to person or an admin');
    expect(rolesThatMay('facilitate')).toBe('a facilitator, a go-to person or an admin');
    expect(rolesThatMay('importHistory')).toBe('an admin');
    expect(rolesThatMay('sendNewsletter')).toBe('a facilitator or an admin');
  });

  it('lets a desk with no office do everything: its notebook is its owner\'s', () => {
    expect([...CONCERN_ACTIONS, ...OFFICE_ACTIONS].every((action) => mayDo(undefined, action))).toBe(true);
  });

  it('lets counter staff raise a priority and never lower it', () => {
    for (const from of PRIORITIES) {
      for (const to of PRIORITIES) {
        const raises = PRIORITIES.indexOf(to) >= PRIORITIES.indexOf(from);
        expect(mayChangePriority('counter', from, to), `${from} -> ${to}`).toBe(raises);
        expect(mayChangePriority('goto', from, to)).toBe(true);
        expect(mayChangePriority('facilitator', from, to)).toBe(from === to);
      }
    }
  });

  it('names the action of every mutator, so none slips past the server check', () => {
    expect(Object.keys(ACTION_OF_MUTATOR).sort()).toEqual(Object.keys(MUTATORS).sort());
  });
});
