/**
 * One theme in full (airy: it is read): its key phrases, how it moves with the plain-words explanation, the
 * monthly chart, quotes (redacted by the engine, each opening its concern), its spread over channels, areas and
 * categories, the concerns (drill-down), the facilitator's actions and the corrections applied with Undo. The
 * present helper's decisions for the theme are mounted by the page below it.
 */
import type { ReactNode } from 'react';
import { ArrowLeft, EyeOff, GitMerge, Pencil, Pin, Scissors } from 'lucide-react';
import type { Theme } from '@shared/patterns/types';
import { monthName } from '@shared/patterns/months';
import { useConcernOpener } from '../../app/concern-opener';
import { shortcutText } from '../../app/AppHeader';
import { t } from '../../i18n';
import { BarsChart } from './charts/BarsChart';
import { knownLabel, rowsOfCounts } from './charts/chart-rows';
import { CorrectionsList } from './corrections/CorrectionsList';
import { formatCount } from './format-figures';
import { TrendBadges } from './themes/TrendBadges';
import type { ThemeActionKind } from './themes/theme-keys';

/** Props of ThemeDetail. */
export interface ThemeDetailProps {
  readonly theme: Theme;
  readonly mayFacilitate: boolean;
  readonly isPinned: boolean;
  readonly onBack: () => void;
  readonly onAction: (kind: ThemeActionKind) => void;
  readonly onUndo: (correctionId: string) => void;
  readonly onOpenConcerns: (title: string, concernIds: readonly string[]) => void;
  /** The decisions recorded against the theme (the present helper's), when mounted. */
  readonly decisions?: ReactNode;
  /** "Make a project from this theme" and the projects made from it (features/projects), when mounted. */
  readonly project?: ReactNode;
}

const ACTIONS = [
  ['rename', 'meeting.action.rename', Pencil],
  ['merge', 'meeting.action.merge', GitMerge],
  ['split', 'meeting.action.split', Scissors],
  ['hide', 'meeting.action.hide', EyeOff],
  ['pin', 'meeting.action.pin', Pin],
] as const;

/** The theme's page. */
export function ThemeDetail(props: ThemeDetailProps): ReactNode {
  const { theme, mayFacilitate, isPinned, onBack, onAction, onUndo, onOpenConcerns, decisions, project } = props;
  const open = useConcernOpener();
  const monthly = theme.monthly.map((m) => ({ key: m.month, label: monthName(m.month), count: m.count, concernIds: m.concernIds }));
  const back = shortcutText('meeting.back');
  return (
    <article className="meeting-detail" aria-labelledby="meeting-detail-title" data-testid="theme-detail">
      <button type="button" className="button button-secondary meeting-detail-back" title={back.shortcutText} aria-keyshortcuts={back.ariaKeys} onClick={onBack}>
        <ArrowLeft size={16} aria-hidden="true" />
        {t('meeting.detail.back')}
      </button>
      <header className="meeting-detail-header">
        <h3 id="meeting-detail-title" className="meeting-detail-title" tabIndex={-1}>
          {theme.label}
        </h3>
        <p className="meeting-detail-counts">
          <button type="button" className="meeting-link" onClick={() => onOpenConcerns(theme.label, theme.concernIds)}>
            {t('meeting.theme.concerns', { count: formatCount(theme.count) })}
          </button>
          {' · '}
          {t('meeting.theme.people', { count: formatCount(theme.people) })}
        </p>
        <TrendBadges trend={theme.trend} whyId="meeting-detail-why" isExplained />
        {!theme.trend.isRecurring && theme.trend.emerging === null && !theme.trend.isFading && <p className="meeting-why meeting-why-shown">{theme.trend.explanation}</p>}
      </header>
      {mayFacilitate ? (
        <div className="meeting-detail-actions" role="group" aria-label={t('meeting.detail.corrections')}>
          {ACTIONS.map(([kind, words, Icon]) => {
            const keys = shortcutText(`meeting.${kind}`);
            const isDone = kind === 'pin' && isPinned;
            return (
              <button key={kind} type="button" className="button button-secondary" disabled={isDone} title={keys.shortcutText} aria-keyshortcuts={keys.ariaKeys} onClick={() => onAction(kind)}>
                <Icon size={16} aria-hidden="true" />
                {isDone ? t('meeting.action.pinned') : t(words)}
              </button>
            );
          })}
        </div>
      ) : (
        <p className="meeting-muted">{t('meeting.detail.readOnly')}</p>
      )}
      {project}
      <section aria-labelledby="meeting-phrases">
        <h4 id="meeting-phrases" className="meeting-section-title">{t('meeting.detail.phrases')}</h4>
        <ul className="meeting-phrases">
          {theme.keyPhrases.map((phrase) => (
            <li key={phrase} className="tag-chip">{phrase}</li>
          ))}
        </ul>
      </section>
      <BarsChart title={t('meeting.detail.monthly')} rows={monthly} layout="columns" highlight={theme.monthly.at(-1)?.month} summary={theme.trend.explanation} onOpen={onOpenConcerns} level={4} />
      <section aria-labelledby="meeting-quotes">
        <h4 id="meeting-quotes" className="meeting-section-title">{t('meeting.detail.quotes')}</h4>
        <p className="meeting-muted">{t('meeting.detail.quotesNote')}</p>
        <ul className="meeting-quotes">
          {theme.quotes.map((quote) => (
            <li key={quote.concernId}>
              <blockquote className="meeting-quote">{quote.text}</blockquote>
              {open !== undefined && (
                <button type="button" className="meeting-link" onClick={() => open(quote.concernId)}>
                  {t('meeting.detail.openQuote')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="meeting-spread" className="meeting-spread">
        <h4 id="meeting-spread" className="meeting-section-title">{t('meeting.detail.spread')}</h4>
        <div className="meeting-chart-grid">
          <BarsChart title={t('meeting.detail.channels')} rows={rowsOfCounts(theme.spread.channels, knownLabel('channel'))} layout="bars" onOpen={onOpenConcerns} level={4} />
          <BarsChart title={t('meeting.detail.areas')} rows={rowsOfCounts(theme.spread.areas)} layout="bars" onOpen={onOpenConcerns} level={4} />
          <BarsChart title={t('meeting.detail.categories')} rows={rowsOfCounts(theme.spread.categories)} layout="bars" onOpen={onOpenConcerns} level={4} />
        </div>
      </section>
      {decisions}
      <section aria-labelledby="meeting-corrections">
        <h4 id="meeting-corrections" className="meeting-section-title">{t('meeting.detail.corrections')}</h4>
        <CorrectionsList ids={theme.corrections} mayFacilitate={mayFacilitate} onUndo={onUndo} />
      </section>
    </article>
  );
}
