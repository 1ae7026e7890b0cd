import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/layers').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('stops shared/ from importing anything but zod and itself', async () => {
    expect(await layerErrors('shared/domain/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toHaveLength(1);
    expect(await layerErrors('shared/domain/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;\n")).toHaveLength(1);
    expect(await layerErrors('shared/domain/x.ts', "import { z } from 'zod';\nimport { LIMITS } from './limits';\nexport const a = [z, LIMITS];\n")).toEqual([]);
  });

  it('stops the renderer from reaching into electron/, server/ or Node', async () => {
    expect(await layerErrors('renderer/src/app/x.ts', "import { a } from '../../../electron/main/window';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/app/x.ts', "import { a } from '../../../server/src/app';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/app/x.ts', "import { join } from 'node:path';\nexport const j = join;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/app/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toHaveLength(1);
  });

  it('keeps dexie inside renderer/src/db', async () => {
    const code = "import { Dexie } from 'dexie';\nexport const d = Dexie;\n";
    expect(await layerErrors('renderer/src/features/x.ts', code)).toHaveLength(1);
    expect(await layerErrors('renderer/src/db/x.ts', code)).toEqual([]);
  });

  it('keeps pg and pglite inside server/src/db', async () => {
    const code = "import pg from 'pg';\nexport const p = pg;\n";
    expect(await layerErrors('server/src/services/x.ts', code)).toHaveLength(1);
    expect(await layerErrors('server/src/db/x.ts', code)).toEqual([]);
  });

  it("lets electron/ import resources/ files only as electron-vite assets (a path, not code)", async () => {
    expect(await layerErrors('electron/main/x.ts', "import icon from '../../resources/tray/tray.png?asset';\nexport const i = icon;\n")).toEqual([]);
    expect(await layerErrors('electron/main/x.ts', "import icon from '../../resources/tray/draw.mjs';\nexport const i = icon;\n")).toHaveLength(1);
    expect(await layerErrors('electron/main/x.ts', "import icon from '../../scripts/x.png?asset';\nexport const i = icon;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/app/x.ts', "import icon from '../../../resources/tray/tray.png?asset';\nexport const i = icon;\n")).toHaveLength(1);
  });

  it('stops electron/ and server/ from importing each other or the renderer', async () => {
    expect(await layerErrors('electron/main/x.ts', "import { a } from '../../renderer/src/app/App';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layerErrors('electron/main/x.ts', "import { a } from '../../server/src/app';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layerErrors('server/src/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await layerErrors('server/src/x.ts', "import { a } from '@shared/domain/concern';\nexport const b = a;\n")).toEqual([]);
  });
});
