// `npm start`: opens the desktop app when Electron can run on this machine, else serves the same app to a
// browser. Electron 42+ downloads its binary on the first require('electron'); where that cannot happen
// (offline, locked-down office PCs) the notebook must still open.
import { spawn } from 'node:child_process';
import { binPath, ROOT, runNode, serveWeb } from './lib/processes.mjs';

// The first start on a staff machine downloads Electron (about 100 MB): give it time. Where there is no network
// the download fails within a second or two, so the browser fallback is not kept waiting.
const CHECK_TIMEOUT_MS = 10 * 60_000;
const SLOW_CHECK_MS = 3_000;

// Run in a child: require('electron') may try a download, print to stdout or hang on a slow network.
const CHECK = `
const fs = require('node:fs');
let path;
try { path = require('electron'); } catch { process.exit(1); }
process.exit(typeof path === 'string' && fs.existsSync(path) ? 0 : 1);
`;

function isElectronAvailable() {
  return new Promise((resolve) => {
    // Own process group, so a timeout also kills the downloader that require('electron') may have spawned.
    const isGroup = process.platform !== 'win32';
    const child = spawn(process.execPath, ['--input-type=commonjs', '-e', CHECK], {
      cwd: ROOT,
      stdio: 'ignore',
      detached: isGroup,
    });
    const slow = setTimeout(() => console.log('Fetching Electron for the first start (about 100 MB, once)...'), SLOW_CHECK_MS);
    const timer = setTimeout(() => {
      try {
        if (isGroup) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      resolve(false);
    }, CHECK_TIMEOUT_MS);
    child.on('error', () => {
      clearTimeout(slow);
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(slow);
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

async function startDesktop() {
  const electronVite = binPath('electron-vite');
  const code = await runNode([electronVite, 'build']);
  return code === 0 ? runNode([electronVite, 'preview', '--skipBuild']) : code;
}

if (await isElectronAvailable()) {
  process.exitCode = await startDesktop();
} else {
  console.log('Electron is not available on this machine, so Civic Notebook opens in your browser instead:');
  process.exitCode = await serveWeb({ logLevel: 'error' });
}
