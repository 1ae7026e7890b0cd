/** Messages of the command palette. */
export const palette = {
  'palette.title': 'Command palette',
  'palette.inputLabel': 'Type a command',
  'palette.placeholder': 'What do you want to do?',
  'palette.listLabel': 'Commands',
  'palette.empty': 'No command matches "{query}". Try another word.',
  'palette.noCommands': 'No commands are available here.',
  'palette.hint': 'Use ↑ and ↓ to choose, Enter to run, Esc to close.',
  'palette.shortcut': 'Shortcut',
} as const;
