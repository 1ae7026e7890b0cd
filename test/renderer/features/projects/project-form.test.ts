import { describe, expect, it } from 'vitest';
import type { Project } from '@shared/domain/project';
import { formInputOf, milestoneCounts, patchOf, ProjectFormSchema } from '../../../../renderer/src/features/projects/project-form';
import { moveOf } from '../../../../renderer/src/features/projects/ProjectTable';

const M1 = '0195f1a0-0000-7000-8000-0000000000b1';
const project: Project = {
  id: '0195f1a0-0000-7000-8000-0000000000a1',
  title: 'Fix the lights',
  description: '',
  status: 'planned',
  publicSummary: '',
  owner: 'Gina',
  startDate: '2026-11-02',
  targetDate: '',
  completedDate: '',
  milestones: [{ id: M1, title: 'Survey', due: '', doneAt: null }],
  progress: null,
  isPublic: false,
  source: null,
  statusChangedAt: '2026-11-02T09:00:00.000Z',
  createdAt: '2026-11-02T09:00:00.000Z',
  createdBy: 'Gina',
  updatedAt: '2026-11-02T09:00:00.000Z',
  updatedBy: 'Gina',
};

describe('the project form', () => {
  it('gives back the project unchanged, so an untouched form patches nothing', () => {
    const values = ProjectFormSchema.parse(formInputOf(project));
    expect(patchOf(project, values)).toEqual({});
  });

  it('patches exactly the fields changed, the progress override as a number or null', () => {
    const input = { ...formInputOf(project), owner: 'Fay', progress: ' 40 ', milestones: [{ id: M1, title: 'Survey', due: '', doneAt: '2026-11-03T09:00:00.000Z' }] };
    expect(patchOf(project, ProjectFormSchema.parse(input))).toEqual({ owner: 'Fay', progress: 40, milestones: input.milestones });
    expect(patchOf({ ...project, progress: 40 }, ProjectFormSchema.parse({ ...formInputOf(project), progress: '' }))).toEqual({ progress: null });
  });

  it.each([
    ['a blank title', { title: ' ' }, 'title', 'Give the project a title'],
    ['progress over 100', { progress: '101' }, 'progress', 'Give the progress as a whole number from 0 to 100, or leave it empty'],
    ['progress that is not a number', { progress: 'half' }, 'progress', 'Give the progress as a whole number from 0 to 100, or leave it empty'],
    ['a target before the start', { targetDate: '2026-11-01' }, 'targetDate', 'The target date cannot be before the start date'],
    ['a milestone without a title', { milestones: [{ id: M1, title: '', due: '', doneAt: null }] }, 'milestones.0.title', 'Give the milestone a title'],
  ])('refuses %s on its field, in words', (_label, change, field, message) => {
    const result = ProjectFormSchema.safeParse({ ...formInputOf(project), ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, message]);
  });

  it('counts the milestones done', () => {
    expect(milestoneCounts([{ doneAt: null }, { doneAt: 'x' }, { doneAt: 'y' }])).toEqual({ done: 2, total: 3 });
  });
});

describe('keys of the projects table', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...extra });
  it('moves with j/k and the arrows, stops at the ends, jumps with Home and End, and leaves modified keys alone', () => {
    expect(moveOf(key('j'), 0, 3)).toBe(1);
    expect(moveOf(key('ArrowDown'), 2, 3)).toBe(2);
    expect(moveOf(key('k'), 0, 3)).toBe(0);
    expect(moveOf(key('End'), 0, 3)).toBe(2);
    expect(moveOf(key('Home'), 2, 3)).toBe(0);
    expect(moveOf(key('j', { altKey: true }), 0, 3)).toBeUndefined();
    expect(moveOf(key('x'), 0, 3)).toBeUndefined();
    expect(moveOf(key('j'), 0, 0)).toBeUndefined();
  });
});
