/**
 * Small JSON files main keeps in userData (the office server's address and token, the desktop preferences),
 * written so that a crash or power cut leaves the old file or the new one, never half of each.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes `content` as JSON to a temporary file, flushed to disk, then renamed over `file`; owner-only (0600). */
export async function writeJsonFileAtomically(file: string, content: unknown): Promise<void> {
  const temporary = `${file}.tmp`;
  await mkdir(dirname(file), { recursive: true });
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(content, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
