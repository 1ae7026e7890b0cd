// `npm start`: opens the desktop app when Electron can run on this machine, else serves the same app to a
// browser. Electron 42+ downloads its binary on the first require('electron'); where that cannot happen
// (offline, locked-down office PCs) the notebook must still open.
import { spawn } from 'node:child_process';
import { binPath, ROOT, runNode, serveWeb } from './lib/processes.mjs';

const CHECK_TIMEOUT_MS = 15_000;

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
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
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
