/**
 * Start-up: pick the platform, open the desk's database, read its settings, ask the browser to keep the data,
 * then render the App. Commands from the desktop shell are routed from the first moment (queued until the App
 * listens). Corrupt settings are never replaced silently: staff choose to carry on with the standard ones.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DEFAULT_DESK_SETTINGS, type DeskSettings } from '@shared/domain/settings';
import { App } from './app/App';
import { AnnouncerProvider } from './app/announcer';
import { createCommandBus } from './app/app-commands';
import { BootScreen } from './app/BootScreen';
import { DeskProvider } from './app/desk-context';
import { CorruptSettingsError, loadSettings, openNotebookDb, type NotebookDb } from './db';
import { getPlatform, type Platform } from './platform';
import { createOfficeConnection, type OfficeConnection } from './office/connection';
import { OfficeProvider } from './office/office-context';
import { registerOfflineCache } from './platform/offline-cache';
import './styles/tokens.css';
import './styles/app.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root: Root = createRoot(container);
const commands = createCommandBus();

let connection: OfficeConnection | undefined;

function renderApp(db: NotebookDb, platform: Platform, settings: DeskSettings): void {
  // One connection for the app's life, made outside React so StrictMode's double effects never run two engines.
  if (connection === undefined) {
    connection = createOfficeConnection({ db, platform });
    connection.start().catch((error: unknown) => console.error('Sync could not start:', error));
  }
  root.render(
    <StrictMode>
      <DeskProvider db={db} platform={platform} initialSettings={settings}>
        <OfficeProvider connection={connection}>
          <AnnouncerProvider>
            <App commands={commands} />
          </AnnouncerProvider>
        </OfficeProvider>
      </DeskProvider>
    </StrictMode>,
  );
}

async function start(): Promise<void> {
  root.render(<BootScreen />);
  const platform = getPlatform();
  platform.onCommand((command) => commands.dispatch(command));
  // Best effort: without it the browser may evict the notebook under storage pressure; the app works either way.
  void platform.requestPersistentStorage().catch(() => false);
  if (platform.kind === 'browser') void registerOfflineCache();
  let db: NotebookDb;
  try {
    db = openNotebookDb();
    await db.open();
  } catch (error) {
    root.render(<BootScreen problem={{ kind: 'storage', detail: error instanceof Error ? error.message : String(error) }} />);
    return;
  }
  try {
    renderApp(db, platform, await loadSettings(db));
  } catch (error) {
    console.error(error);
    if (!(error instanceof CorruptSettingsError)) {
      root.render(<BootScreen problem={{ kind: 'storage', detail: error instanceof Error ? error.message : String(error) }} />);
      return;
    }
    root.render(<BootScreen problem={{ kind: 'settings', onContinue: () => renderApp(db, platform, DEFAULT_DESK_SETTINGS) }} />);
  }
}

void start();
