/** A progress bar with its words: reading the file, or importing it. */
import type { ReactNode } from 'react';
import { Label, ProgressBar } from 'react-aria-components';

/** Progress from 0 to 1, with a label for assistive technology and the words shown. */
export function ImportProgress({ fraction, label, text }: { fraction: number; label: string; text: string }): ReactNode {
  const percent = Math.round(100 * Math.min(1, Math.max(0, fraction)));
  return (
    <ProgressBar className="history-import-progress" value={percent} valueLabel={text}>
      <Label className="visually-hidden">{label}</Label>
      <span className="history-import-progress-text">{text}</span>
      <div className="history-import-progress-track" aria-hidden="true">
        <div className="history-import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </ProgressBar>
  );
}
