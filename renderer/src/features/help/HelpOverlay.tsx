/** The help overlay (? or F1): every shortcut from SHORTCUTS by where it works, and how to write in the quick line. */
import { useId, type ReactNode } from 'react';
import { AppDialog } from '../../components/AppDialog';
import { SHORTCUTS } from '../../app/shortcuts';
import { t } from '../../i18n';
import { KeyChoices } from './Keys';
import { QuickLineHelp } from './QuickLineHelp';
import { groupShortcuts, type ShortcutGroup } from './shortcut-groups';
import './help.css';

const GROUPS = groupShortcuts(SHORTCUTS);

function ShortcutSection({ group }: { group: ShortcutGroup }): ReactNode {
  const headingId = useId();
  return (
    <section className="help-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="help-heading">
        {t(`help.group.${group.where}`)}
      </h3>
      <dl className="help-list">
        {group.shortcuts.map((s) => (
          <div key={s.id} className="help-row">
            <dt className="help-keys">
              <KeyChoices keys={s.keys} separator={t('help.or')} />
            </dt>
            <dd className="help-action">{t(s.description)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Props of the help overlay: the shell owns whether it is open. */
export interface HelpOverlayProps {
  isOpen: boolean;
  onClose: () => void;
}

/** A modal listing every shortcut; Escape, the close button or a click outside closes it. */
export function HelpOverlay({ isOpen, onClose }: HelpOverlayProps): ReactNode {
  const quickLineHeadingId = useId();
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('help.title')} modalClassName="help-modal" className="help-dialog" isDismissable>
      <p className="help-intro">{t('help.intro')}</p>
      <div className="help-columns">
        <div className="help-shortcuts">
          {GROUPS.map((group) => (
            <ShortcutSection key={group.where} group={group} />
          ))}
        </div>
        <QuickLineHelp headingId={quickLineHeadingId} />
      </div>
    </AppDialog>
  );
}
