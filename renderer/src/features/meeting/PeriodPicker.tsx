/**
 * The meeting's month: previous and next buttons ([ and ]), the month in words, a month field to jump to any
 * month, and the way back to the last complete month (t). The app owns the month (App.tsx), as it owns the
 * notebook's day, so the keys work wherever the focus is in the view.
 */
import { useState, type ReactNode } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import { isMonth, monthName, nextMonth, previousMonth } from '@shared/patterns/months';
import { ShortcutButton } from '../../components/ShortcutButton';
import { shortcutText } from '../../app/AppHeader';
import { t } from '../../i18n';

/** Props of PeriodPicker. */
export interface PeriodPickerProps {
  readonly period: Month;
  readonly latest: Month;
  readonly onChange: (period: Month | undefined) => void;
}

/** The month picker. */
export function PeriodPicker({ period, latest, onChange }: PeriodPickerProps): ReactNode {
  const [typed, setTyped] = useState<string>();
  const isLatest = period === latest;
  const isLast = period > latest;
  return (
    <div className="meeting-period" role="group" aria-label={t('meeting.period.label')}>
      <ShortcutButton label={t('meeting.period.previous')} {...shortcutText('meeting.previousMonth')} onPress={() => onChange(previousMonth(period))}>
        <ChevronLeft size={18} aria-hidden="true" />
      </ShortcutButton>
      <p className="meeting-period-name" aria-live="polite" data-testid="meeting-period">
        {monthName(period)}
      </p>
      {!isLast && (
        <ShortcutButton label={t('meeting.period.next')} {...shortcutText('meeting.nextMonth')} onPress={() => onChange(nextMonth(period))}>
          <ChevronRight size={18} aria-hidden="true" />
        </ShortcutButton>
      )}
      <form
        className="meeting-period-jump"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed !== undefined && isMonth(typed)) onChange(typed);
          setTyped(undefined);
        }}
      >
        <label className="visually-hidden" htmlFor="meeting-month">
          {t('meeting.period.choose')}
        </label>
        <input
          id="meeting-month"
          type="month"
          className="input meeting-period-input"
          value={typed ?? period}
          max={nextMonth(latest)}
          onChange={(event) => {
            const value = event.target.value;
            setTyped(value);
            // Browsers with a month picker give a whole month at once: show it straight away.
            if (isMonth(value)) {
              onChange(value);
              setTyped(undefined);
            }
          }}
        />
      </form>
      {!isLatest && (
        <button type="button" className="button button-secondary" title={shortcutText('meeting.latest').shortcutText} aria-keyshortcuts={shortcutText('meeting.latest').ariaKeys} onClick={() => onChange(undefined)}>
          {t('meeting.period.latest')}
        </button>
      )}
    </div>
  );
}
