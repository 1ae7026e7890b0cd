/** Messages of the Desktop section of the settings dialog: the global quick-capture shortcut, the tray and updates. */
export const desktop = {
  'desktop.title': 'Desktop: quick capture shortcut, tray and updates',
  'desktop.loading': 'Reading the desktop settings…',
  'desktop.loadFailed': 'The desktop settings could not be read: {reason}',
  // The global quick-capture shortcut
  'desktop.shortcut': 'Quick capture from any program',
  'desktop.shortcut.hint':
    'Press these keys in any program to bring Civic Notebook forward with the quick line ready. Click the box and press the keys, or type them, like Ctrl+Alt+N.',
  'desktop.shortcut.save': 'Save shortcut',
  'desktop.shortcut.off': 'Turn off',
  'desktop.shortcut.saving': 'Saving…',
  'desktop.shortcut.active': '{keys} brings up the quick line from any program.',
  'desktop.shortcut.isOff': 'The quick capture shortcut is off.',
  'desktop.shortcut.saved': 'Saved: {keys} brings up the quick line from any program.',
  'desktop.shortcut.turnedOff': 'The quick capture shortcut is off now.',
  'desktop.shortcut.notAKey': 'That key cannot be part of a shortcut. Try a letter, a digit or F1 to F24.',
  // Closing the window into the tray
  'desktop.tray': 'Keep running in the tray when the window is closed',
  'desktop.tray.hint':
    'Top-priority alerts, sync and the quick capture shortcut go on while the window is closed. Open Civic Notebook again from its tray icon, and quit it from there.',
  'desktop.tray.unavailable': 'This computer shows no tray icons, so closing the window quits Civic Notebook.',
  'desktop.tray.savedOn': 'Saved: closing the window keeps Civic Notebook running in the tray.',
  'desktop.tray.savedOff': 'Saved: closing the window quits Civic Notebook.',
  'desktop.tray.failed': 'Nothing changed: {reason}',
  // Updates
  'desktop.updates.server': 'Update server',
  'desktop.updates.server.hint':
    'The address your office gives for new versions of Civic Notebook, like https://updates.town.example/civic-notebook. Leave it empty to turn updates off. Civic Notebook asks you to confirm a new address.',
  'desktop.updates.save': 'Save update server',
  'desktop.updates.saving': 'Waiting for your answer…',
  'desktop.updates.saved': 'Updates come from {address}.',
  'desktop.updates.turnedOff': 'Updates are off.',
  'desktop.updates.declined': 'Nothing changed: you chose not to get updates from {address}.',
  'desktop.updates.check': 'Check for updates',
  'desktop.updates.status.off': 'Updates are off: no update server is set.',
  'desktop.updates.status.not-installed': 'This copy of Civic Notebook runs from its source code, so it does not update itself.',
  'desktop.updates.status.idle': 'Updates are on.',
  'desktop.updates.status.checking': 'Checking for updates…',
  'desktop.updates.status.up-to-date': 'Civic Notebook is up to date (checked at {time}).',
  'desktop.updates.status.downloading': 'Downloading version {version}: {percent}%',
  'desktop.updates.status.ready': 'Version {version} is ready. It installs when Civic Notebook restarts.',
} as const;
