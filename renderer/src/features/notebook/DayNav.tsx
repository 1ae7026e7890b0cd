/** The page heading and day navigation: previous/next day, back to today, and a date to jump to. */
import type { ReactNode } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { ShortcutButton } from '../../components/ShortcutButton';
import { addDays, isDayKey } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { t } from '../../i18n';

/** Props of DayNav. */
export interface DayNavProps {
  readonly day: string;
  readonly today: string;
  readonly count: number | undefined;
  readonly headingId: string;
  readonly onChange: (day: string) => void;
}

/** The day's heading with its count, and the controls to move between days. */
export function DayNav({ day, today, count, headingId, onChange }: DayNavProps): ReactNode {
  const isToday = day === today;
  return (
    <div className="day-nav">
      <div className="day-title">
        <h2 id={headingId} className="day-heading">
          {isToday && <span className="day-today">{t('notebook.today')}</span>}
          {formatDay(day)}
        </h2>
        {count !== undefined && count > 0 && (
          <p className="day-count">{count === 1 ? t('notebook.countOne') : t('notebook.count', { count })}</p>
        )}
      </div>
      <div className="day-controls">
        <ShortcutButton label={t('notebook.previousDay')} shortcutText="[" ariaKeys="[" onPress={() => onChange(addDays(day, -1))}>
          <ChevronLeft size={18} aria-hidden="true" />
        </ShortcutButton>
        {!isToday && (
          <ShortcutButton className="button button-secondary" label={t('notebook.goToday')} shortcutText="t" ariaKeys="T" onPress={() => onChange(today)}>
            {t('notebook.goToday')}
          </ShortcutButton>
        )}
        {!isToday && (
          <ShortcutButton label={t('notebook.nextDay')} shortcutText="]" ariaKeys="]" onPress={() => onChange(addDays(day, 1))}>
            <ChevronRight size={18} aria-hidden="true" />
          </ShortcutButton>
        )}
        <label className="day-jump">
          <span className="day-jump-label">{t('notebook.jumpTo')}</span>
          <input
            className="input input-compact"
            type="date"
            value={day}
            max={today}
            onChange={(event) => {
              if (isDayKey(event.target.value)) onChange(event.target.value);
            }}
          />
        </label>
      </div>
    </div>
  );
}
