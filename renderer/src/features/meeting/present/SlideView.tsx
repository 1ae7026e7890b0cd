/**
 * What one slide shows, in large type: the title slide (the month, its totals), a theme (label, count, trend
 * in plain words, its monthly chart, two or three redacted quotes, the decisions recorded against it), a
 * figure (its chart and numbers), a pinned theme not found this month, and the closing slide with the action
 * items. Everything comes from the redacted MeetingReport.
 */
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import type { FigureTable } from '../export/figure-rows';
import { decisionLine } from '../export/markdown';
import { countText } from '../export/report-format';
import type { MeetingReport, ReportDecision, ReportTheme } from '../export/report';
import { SlideChart } from './SlideChart';
import type { Slide } from './slides';

/** How many months of a theme's series a slide's chart shows (the period last). */
const MONTHS_SHOWN = 12;

function Decisions(props: { decisions: readonly ReportDecision[]; heading: string }): ReactNode {
  if (props.decisions.length === 0) return null;
  return (
    <section className="slide-decisions">
      <h3>{props.heading}</h3>
      <ul>
        {props.decisions.map((d) => (
          <li key={d.id} data-state={d.state}>
            {decisionLine(d)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ThemeSlide({ theme }: { theme: ReportTheme }): ReactNode {
  const months = theme.monthly.slice(-MONTHS_SHOWN);
  return (
    <>
      <h2 className="slide-title">{theme.label}</h2>
      <p className="slide-lead">{t('present.theme.count', { count: countText(theme.count), people: countText(theme.people) })}</p>
      {theme.badges.length > 0 && (
        <ul className="slide-badges" aria-label={t('present.slide.trend')}>
          {theme.badges.map((badge) => (
            <li key={badge}>{badge}</li>
          ))}
        </ul>
      )}
      <p className="slide-trend">{theme.trend}</p>
      <div className="slide-columns">
        <figure className="slide-figure">
          <figcaption>{t('present.slide.monthly')}</figcaption>
          <SlideChart bars={months.map((m) => ({ key: m.month, label: m.label.replace(/ \d{4}$/, ''), count: m.count }))} layout="columns" height={260} />
          <table className="visually-hidden">
            <caption>{t('present.slide.monthly')}</caption>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.label}</th>
                  <td>{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        {theme.quotes.length > 0 && (
          <section className="slide-quotes">
            <h3>{t('present.slide.quotes')}</h3>
            {theme.quotes.map((quote, i) => (
              <blockquote key={i}>{quote}</blockquote>
            ))}
          </section>
        )}
      </div>
      <Decisions decisions={theme.decisions} heading={t('present.theme.decisions')} />
    </>
  );
}

function FigureSlide({ figure }: { figure: FigureTable }): ReactNode {
  return (
    <>
      <h2 className="slide-title">{figure.title}</h2>
      <p className="slide-lead">{figure.summary}</p>
      <div className="slide-columns">
        <SlideChart bars={figure.rows.slice(0, 8).map((row, i) => ({ key: String(i), label: row.label, count: row.count }))} layout="bars" height={Math.min(8, figure.rows.length) * 36 + 16} />
        {figure.rows.length > 0 && (
          <table className="slide-table">
            <thead>
              <tr>
                <th scope="col">{t('present.column.what')}</th>
                <th scope="col">{t('present.column.count')}</th>
                <th scope="col">{t('present.column.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {figure.rows.slice(0, 10).map((row, i) => (
                <tr key={i}>
                  <th scope="row">{row.label}</th>
                  <td>{countText(row.count)}</td>
                  <td>{row.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}

/** The content of a slide. */
export function SlideView(props: { slide: Slide; report: MeetingReport }): ReactNode {
  const { slide, report } = props;
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-cover">
          <p className="slide-kicker">{t('present.slide.kicker')}</p>
          <h2 className="slide-title">{report.monthName}</h2>
          <p className="slide-lead">
            {t('present.report.summary', { total: countText(report.total), themes: countText(report.themes.length), unthemed: countText(report.unthemed) })}
          </p>
        </div>
      );
    case 'theme':
      return <ThemeSlide theme={slide.theme} />;
    case 'missing-theme':
      return (
        <>
          <h2 className="slide-title">{slide.label}</h2>
          <p className="slide-lead">{t('present.slide.missing')}</p>
        </>
      );
    case 'figure':
      return <FigureSlide figure={slide.figure} />;
    case 'closing':
      return (
        <>
          <h2 className="slide-title">{t('present.slide.closing')}</h2>
          {slide.actions.length === 0 ? <p className="slide-lead">{t('present.slide.noActions')}</p> : <Decisions decisions={slide.actions} heading={t('present.slide.actions')} />}
        </>
      );
  }
}

/** A slide's title in words, for "Slide 2 of 7: Street lights out". */
export function slideTitle(slide: Slide, report: MeetingReport): string {
  switch (slide.kind) {
    case 'title':
      return report.monthName;
    case 'theme':
      return slide.theme.label;
    case 'missing-theme':
      return slide.label;
    case 'figure':
      return slide.figure.title;
    case 'closing':
      return t('present.slide.closing');
  }
}
