/**
 * The decisions and action items a month's meeting recorded against a theme, and (for facilitators) the form to
 * record one. A decision names its theme by the theme's signature, so it stays with the theme when the engine
 * runs again and next month's view finds it beside the same theme.
 */
import type { ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import type { Theme } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { useToday } from '../../../app/useToday';
import { matchTheme } from '@shared/patterns/match';
import { DecisionForm } from './DecisionForm';
import { DecisionItem } from './DecisionItem';
import { EMPTY_DECISION } from './decision-form';
import { useDecisions, useMeetingChange } from './meeting-records';
import './decisions.css';

/** The theme's decisions and the form to record one. */
export function ThemeDecisions(props: { theme: Theme; period: Month }): ReactNode {
  const { theme, period } = props;
  const all = useDecisions(period);
  const today = useToday();
  const { mayFacilitate, run } = useMeetingChange();
  const decisions = all.filter((d) => matchTheme(d.signature, [theme]) !== null);
  const headingId = `decisions-${theme.id}`;
  return (
    <section className="theme-decisions" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('present.decisions.title')}</h4>
      {decisions.length === 0 ? (
        <p className="decision-empty">{t(mayFacilitate ? 'present.decisions.noneFacilitator' : 'present.decisions.none')}</p>
      ) : (
        <ul className="decision-list">
          {decisions.map((decision) => (
            <DecisionItem key={decision.id} decision={decision} today={today} mayChange={mayFacilitate} run={run} />
          ))}
        </ul>
      )}
      {mayFacilitate && (
        <DecisionForm
          initial={EMPTY_DECISION}
          isEdit={false}
          onSubmit={(values) =>
            run(
              'recordDecision',
              { period, signature: theme.signature, themeLabel: theme.label, ...values },
              t(values.kind === 'action' ? 'present.decisions.recordedAction' : 'present.decisions.recorded', { label: theme.label }),
            )
          }
        />
      )}
    </section>
  );
}
