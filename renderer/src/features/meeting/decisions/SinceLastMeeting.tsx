/**
 * "Since last meeting": the decisions and action items of the previous month's meeting, each beside the theme
 * it was about (matched to this month's themes by signature; a theme that did not come back is named as
 * recorded), with where it stands: done, open, or overdue.
 */
import type { ReactNode } from 'react';
import type { MeetingDecision, Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import { monthName, previousMonth } from '@shared/patterns/months';
import { t } from '../../../i18n';
import { useToday } from '../../../app/useToday';
import { matchTheme } from '@shared/patterns/match';
import { countText } from '../export/report-format';
import { decisionState } from '../export/report';
import { DecisionStateLabel } from './DecisionItem';
import { usePreviousDecisions } from './meeting-records';
import './decisions.css';

/** Last meeting's decisions grouped by the theme they were about, in this month's words. */
export function groupByTheme(decisions: readonly MeetingDecision[], analysis: Analysis): { key: string; label: string; count: number | null; decisions: MeetingDecision[] }[] {
  const groups = new Map<string, { key: string; label: string; count: number | null; decisions: MeetingDecision[] }>();
  for (const decision of decisions) {
    const theme = matchTheme(decision.signature, analysis.themes);
    const key = theme?.id ?? `gone:${decision.themeLabel}`;
    const group = groups.get(key) ?? { key, label: theme?.label ?? decision.themeLabel, count: theme?.count ?? null, decisions: [] };
    group.decisions.push(decision);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The previous meeting's decisions and action items. */
export function SinceLastMeeting(props: { analysis: Analysis; period: Month }): ReactNode {
  const { analysis, period } = props;
  const decisions = usePreviousDecisions(period);
  const today = useToday();
  if (decisions === undefined) return null;
  const last = monthName(previousMonth(period));
  return (
    <section className="since-last" aria-labelledby="since-last-heading">
      <h4 id="since-last-heading">{t('present.since.title', { month: last })}</h4>
      {decisions.length === 0 ? (
        <p className="decision-empty">{t('present.since.none', { month: last })}</p>
      ) : (
        <ul className="since-list">
          {groupByTheme(decisions, analysis).map((group) => (
            <li key={group.key}>
              <p className="since-theme">
                <strong>{group.label}</strong>{' '}
                <span className="decision-facts">{group.count === null ? t('present.since.gone') : t('present.since.count', { count: countText(group.count) })}</span>
              </p>
              <ul className="decision-list">
                {group.decisions.map((d) => (
                  <li key={d.id} className="decision-item">
                    <p className="decision-text">
                      <strong>{t(d.kind === 'action' ? 'present.kind.action' : 'present.kind.decision')}:</strong> {d.text}
                    </p>
                    <p className="decision-facts">
                      <DecisionStateLabel state={decisionState(d, today)} />
                      {d.owner !== '' && <span>{t('present.decisions.ownerIs', { owner: d.owner })}</span>}
                      {d.due !== '' && <span>{t('present.decision.due', { due: d.due })}</span>}
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
