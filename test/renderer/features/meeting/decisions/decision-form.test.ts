/** The decision form's rules: plain-words errors, a decision without owner or due date, edits as patches. */
import { describe, expect, it } from 'vitest';
import { DecisionFormSchema, decisionPatch } from '../../../../../renderer/src/features/meeting/decisions/decision-form';
import { groupByTheme } from '../../../../../renderer/src/features/meeting/decisions/SinceLastMeeting';
import { leakyAnalysis, leakyDecisions } from '../export/personal-fixtures';

describe('DecisionFormSchema', () => {
  it('asks for the text in plain words', () => {
    const result = DecisionFormSchema.safeParse({ kind: 'decision', text: '   ', owner: '', due: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Write what was decided');
  });

  it('says how to write a due date', () => {
    const result = DecisionFormSchema.safeParse({ kind: 'action', text: 'Fix it', owner: 'Fay', due: '15/12/2026' });
    expect(result.error?.issues[0]?.message).toBe('Enter the due date as a date, like 2026-12-15');
  });

  it('drops an owner and due date typed before switching to a decision', () => {
    expect(DecisionFormSchema.parse({ kind: 'decision', text: ' Keep it ', owner: 'Fay', due: '2026-12-15' })).toEqual({ kind: 'decision', text: 'Keep it', owner: '', due: '' });
    expect(DecisionFormSchema.parse({ kind: 'action', text: 'Fix', owner: ' Fay ', due: '2026-12-15' })).toEqual({ kind: 'action', text: 'Fix', owner: 'Fay', due: '2026-12-15' });
  });
});

describe('decisionPatch and groupByTheme', () => {
  it('sends only the fields that changed, and nothing when none did', () => {
    const before = leakyDecisions()[1];
    if (before === undefined) throw new Error('fixture');
    expect(decisionPatch(before, { kind: 'action', text: before.text, owner: before.owner, due: before.due })).toBeUndefined();
    expect(decisionPatch(before, { kind: 'action', text: before.text, owner: 'Fay Moss', due: '' })).toEqual({ owner: 'Fay Moss', due: '' });
  });

  it('puts last meeting’s decisions beside this month’s theme, and keeps the recorded name of one that did not come back', () => {
    const groups = groupByTheme(leakyDecisions(), leakyAnalysis());
    expect(groups.map((g) => [g.label, g.count, g.decisions.length])).toEqual([
      ['Maria Lopez street lights', 2, 3],
      ['Graffiti', null, 1],
    ]);
  });
});
