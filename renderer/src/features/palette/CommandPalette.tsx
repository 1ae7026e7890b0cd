/**
 * The command palette (Ctrl/Cmd+K): type a few letters, arrows to choose, Enter to run. Built on
 * react-aria-components' Autocomplete so the input keeps focus while the listbox's active option moves
 * (aria-activedescendant), which is how screen readers expect a filter-as-you-type list to behave.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Autocomplete,
  Dialog,
  Heading,
  Input,
  ListBox,
  ListBoxItem,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import { Search } from 'lucide-react';
import { t } from '../../i18n';
import { Keys } from '../help/Keys';
import { rankCommands } from './rank-commands';
import type { PaletteCommand } from './types';
import './palette.css';

/** Props of the command palette; the shell owns whether it is open and which commands exist. */
export interface CommandPaletteProps {
  isOpen: boolean;
  /** Called on Escape, a click outside, or after a command was chosen; the shell should set isOpen to false. */
  onClose: () => void;
  commands: readonly PaletteCommand[];
}

function PaletteBody({ commands, onChoose }: { commands: readonly PaletteCommand[]; onChoose: (id: string) => void }): ReactNode {
  // State lives in the body, which unmounts on close, so the palette always opens with an empty filter.
  const [query, setQuery] = useState('');
  const matches = useMemo(() => rankCommands(commands, query), [commands, query]);
  return (
    <Autocomplete inputValue={query} onInputChange={setQuery}>
      <TextField className="palette-field" aria-label={t('palette.inputLabel')} autoFocus>
        <Search aria-hidden size={18} className="palette-search-icon" />
        <Input className="palette-input" placeholder={t('palette.placeholder')} />
      </TextField>
      <ListBox
        className="palette-list"
        aria-label={t('palette.listLabel')}
        items={matches}
        onAction={(key) => onChoose(String(key))}
        renderEmptyState={() => (
          <p className="palette-empty">
            {query.trim() === '' ? t('palette.noCommands') : t('palette.empty', { query: query.trim() })}
          </p>
        )}
      >
        {(command) => (
          <ListBoxItem id={command.id} textValue={command.label} className="palette-item">
            {/* Label and shortcut both name the option: its accessible name must contain all its visible text. */}
            <span className="palette-label">{command.label}</span>
            {command.shortcut !== undefined && (
              <span className="palette-shortcut">
                <Keys keys={command.shortcut} />
              </span>
            )}
          </ListBoxItem>
        )}
      </ListBox>
    </Autocomplete>
  );
}

/** A modal command palette listing `commands`, filtered and ranked by what is typed. */
export function CommandPalette({ isOpen, onClose, commands }: CommandPaletteProps): ReactNode {
  const chosen = useRef<PaletteCommand | undefined>(undefined);

  useEffect(() => {
    const command = chosen.current;
    if (isOpen || command === undefined) return;
    chosen.current = undefined;
    // Run only once the palette has gone and react-aria has put focus back (it does that in the next animation
    // frame): a command that focuses the quick line or opens another dialog would otherwise be pulled back into
    // the closing palette's focus trap, or have its focus overwritten by the restore.
    requestAnimationFrame(() => command.run());
  }, [isOpen]);

  const choose = (id: string) => {
    chosen.current = commands.find((c) => c.id === id);
    onClose();
  };

  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="palette-overlay"
    >
      <Modal className="modal palette-modal">
        <Dialog className="palette-dialog">
          <Heading slot="title" className="palette-title">
            {t('palette.title')}
          </Heading>
          <PaletteBody commands={commands} onChoose={choose} />
          <p className="palette-hint" aria-hidden>
            {t('palette.hint')}
          </p>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
