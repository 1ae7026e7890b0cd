/**
 * The printed report (the PDF): the same redacted MeetingReport as the Markdown file, laid out for paper by
 * print.css. It sits at the end of the body, hidden on screen; in print media it is all that shows, so the
 * desktop's print-to-PDF and the browser's print dialog (or Ctrl+P) give the report, not the screen.
 */
import { forwardRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../../../i18n';
import { decisionLine } from './markdown';
import { countText } from './report-format';
import type { MeetingReport } from './report';
import './print.css';

function ReportBody({ report }: { report: MeetingReport }): ReactNode {
  return (
    <>
      <h1>{t('present.report.title', { month: report.monthName })}</h1>
      <p>{t('present.report.summary', { total: countText(report.total), themes: countText(report.themes.length), unthemed: countText(report.unthemed) })}</p>
      <h2>{t('present.report.agenda')}</h2>
      {report.agenda.length === 0 ? (
        <p>{t('present.report.noAgenda')}</p>
      ) : (
        <ol>
          {report.agenda.map((item) => (
            <li key={item.id}>{item.kind === 'figure' ? item.figure.title : item.label}</li>
          ))}
        </ol>
      )}
      <h2>{t('present.report.themes')}</h2>
      {report.themes.map((theme) => (
        <section key={theme.id} className="print-theme">
          <h3>{theme.label}</h3>
          <p>{t('present.theme.count', { count: countText(theme.count), people: countText(theme.people) })}</p>
          <p>{[...theme.badges, theme.trend].filter((p) => p !== '').join('. ')}</p>
          {theme.keyPhrases.length > 0 && <p>{t('present.theme.phrases', { phrases: theme.keyPhrases.join(', ') })}</p>}
          <p>{t('present.theme.monthly', { months: theme.monthly.map((m) => `${m.label}: ${m.count}`).join('; ') })}</p>
          {theme.quotes.map((quote, i) => (
            <blockquote key={i}>{quote}</blockquote>
          ))}
          {theme.decisions.length > 0 && (
            <ul>
              {theme.decisions.map((d) => (
                <li key={d.id}>{decisionLine(d)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <h2>{t('present.report.figures')}</h2>
      {report.figures.map((figure) => (
        <section key={figure.figure} className="print-figure">
          <h3>{figure.title}</h3>
          <p>{figure.summary}</p>
          {figure.rows.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('present.column.what')}</th>
                  <th scope="col">{t('present.column.count')}</th>
                  <th scope="col">{t('present.column.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {figure.rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row.label}</th>
                    <td>{countText(row.count)}</td>
                    <td>{row.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <h2>{t('present.report.decisions')}</h2>
      {report.decisions.length === 0 ? (
        <p>{t('present.report.noDecisions')}</p>
      ) : (
        <ul>
          {report.decisions.map((d) => (
            <li key={d.id}>
              {d.theme}: {decisionLine(d)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('present.report.method')}</h2>
      <ul>
        {report.method.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The report for print, at the end of the body; `ref` gives its element (its text is checked before printing). */
export const PrintReport = forwardRef<HTMLDivElement, { report: MeetingReport }>(function PrintReport({ report }, ref) {
  return createPortal(
    <div className="print-report" ref={ref} aria-hidden="true">
      <ReportBody report={report} />
    </div>,
    document.body,
  );
});
