/**
 * The presentation's slides and how keys move between them. Slides are drawn from a MeetingReport (redacted):
 * a title slide, one slide per agenda item (or per theme, when the facilitator presents all themes of a month
 * with an empty agenda), and a closing slide with the action items. Pure, so navigation is tested alone.
 */
import type { FigureTable } from '../export/figure-rows';
import type { MeetingReport, ReportDecision, ReportTheme } from '../export/report';

/** One slide. */
export type Slide =
  | { readonly kind: 'title'; readonly key: string }
  | { readonly kind: 'theme'; readonly key: string; readonly theme: ReportTheme }
  | { readonly kind: 'missing-theme'; readonly key: string; readonly label: string }
  | { readonly kind: 'figure'; readonly key: string; readonly figure: FigureTable }
  | { readonly kind: 'closing'; readonly key: string; readonly actions: readonly ReportDecision[] };

/** What to present: the agenda, or every theme of the month (offered when the agenda is empty). */
export type SlideSource = 'agenda' | 'all-themes';

/** The slides of a report, title first and closing last. */
export function slidesOf(report: MeetingReport, source: SlideSource): Slide[] {
  const body: Slide[] =
    source === 'all-themes'
      ? report.themes.map((theme) => ({ kind: 'theme', key: `theme-${theme.id}`, theme }))
      : report.agenda.map((item): Slide => {
          if (item.kind === 'figure') return { kind: 'figure', key: item.id, figure: item.figure };
          return item.theme === null ? { kind: 'missing-theme', key: item.id, label: item.label } : { kind: 'theme', key: item.id, theme: item.theme };
        });
  const actions = report.decisions.filter((d) => d.kind === 'action');
  return [{ kind: 'title', key: 'title' }, ...body, { kind: 'closing', key: 'closing', actions }];
}

/** What a key does: go to a slide index, leave the presentation, or nothing. */
export type KeyOutcome = { readonly go: number } | 'exit' | undefined;

/**
 * What `key` (KeyboardEvent.key) does on slide `index` of `count`: Right, PageDown and Space go on; Left and
 * PageUp go back; Home and End go to the first and last slide; Escape leaves. At either end, going further stays.
 */
export function keyOutcome(key: string, index: number, count: number, shiftKey = false): KeyOutcome {
  const last = Math.max(count - 1, 0);
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { go: Math.min(index + 1, last) };
    case ' ':
    case 'Spacebar':
      // Shift+Space goes back, as in every slide program.
      return { go: shiftKey ? Math.max(index - 1, 0) : Math.min(index + 1, last) };
    case 'ArrowLeft':
    case 'PageUp':
      return { go: Math.max(index - 1, 0) };
    case 'Home':
      return { go: 0 };
    case 'End':
      return { go: last };
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}
