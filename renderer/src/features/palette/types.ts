/** One action the command palette can run. The shell builds the list; the palette only filters and runs it. */
export interface PaletteCommand {
  id: string;
  label: string;
  /** Key string as in SHORTCUTS, e.g. "Control+k"; shown beside the label. */
  shortcut?: string;
  run: () => void;
}
