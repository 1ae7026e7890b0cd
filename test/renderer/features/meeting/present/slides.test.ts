/**
 * Presentation mode's slides and keys: a title slide, one slide per agenda item in order, a closing slide with
 * the action items; all themes when asked; and the keys' moves, stopping at either end.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../../renderer/src/features/meeting/export/report';
import { keyOutcome, slidesOf } from '../../../../../renderer/src/features/meeting/present/slides';
import { KNOWN, MUST_NOT_APPEAR, leakyAgenda, leakyAnalysis, leakyDecisions } from '../export/personal-fixtures';

const report = (agenda = leakyAgenda()) => buildReport({ analysis: leakyAnalysis(), agenda, decisions: leakyDecisions(), today: '2026-12-05', personal: KNOWN });

describe('slidesOf', () => {
  it('makes a title slide, one per agenda item in its order, and a closing slide with the action items', () => {
    const slides = slidesOf(report(), 'agenda');
    expect(slides.map((s) => s.kind)).toEqual(['title', 'theme', 'figure', 'missing-theme', 'closing']);
    const closing = slides.at(-1);
    expect(closing?.kind === 'closing' && closing.actions.map((a) => a.state)).toEqual(['overdue', 'done']);
  });

  it('presents every theme of the month when asked, whatever the agenda', () => {
    const slides = slidesOf(report([]), 'all-themes');
    expect(slides.map((s) => (s.kind === 'theme' ? s.theme.id : s.kind))).toEqual(['title', 't-lights', 't-bins', 'closing']);
  });

  it('shows nothing personal on any slide', () => {
    const text = JSON.stringify(slidesOf(report(), 'agenda')).toLowerCase();
    for (const piece of MUST_NOT_APPEAR) expect(text).not.toContain(piece.toLowerCase());
  });
});

describe('keyOutcome', () => {
  it('goes on with Right, PageDown and Space, back with Left, PageUp and Shift+Space', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(keyOutcome(key, 1, 5)).toEqual({ go: 2 });
    for (const key of ['ArrowLeft', 'PageUp']) expect(keyOutcome(key, 1, 5)).toEqual({ go: 0 });
    expect(keyOutcome(' ', 3, 5, true)).toEqual({ go: 2 });
  });

  it('jumps to the first and last slide with Home and End', () => {
    expect(keyOutcome('Home', 3, 5)).toEqual({ go: 0 });
    expect(keyOutcome('End', 0, 5)).toEqual({ go: 4 });
  });

  it('stays on the first and last slide rather than going past them', () => {
    expect(keyOutcome('ArrowLeft', 0, 5)).toEqual({ go: 0 });
    expect(keyOutcome('ArrowRight', 4, 5)).toEqual({ go: 4 });
    expect(keyOutcome('End', 0, 0)).toEqual({ go: 0 });
  });

  it('leaves with Escape and ignores other keys', () => {
    expect(keyOutcome('Escape', 2, 5)).toBe('exit');
    expect(keyOutcome('a', 2, 5)).toBeUndefined();
    expect(keyOutcome('Enter', 2, 5)).toBeUndefined();
  });
});
