import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';


const ROOT = resolve(import.meta.dirname, '../..');
const config = yaml.load(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    // strict: false because the schema uses annotation keywords Ajv does not know (it is generated from TS).
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const isValid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('names the app and packs only the compiled output', () => {
    expect(config).toMatchObject({
      appId: 'org.civicnotebook.app',
      productName: 'Civic Notebook',
      directories: { output: 'dist/installers', buildResources: 'resources' },
      files: ['out/**'],
    });
  });

  it('builds AppImage and deb, an NSIS installer and a dmg', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      win: { target: 'nsis' },
      mac: { target: 'dmg', category: 'public.app-category.productivity' },
    });
  });

  it('registers the civicnotebook: link scheme', () => {
    expect(config['protocols']).toEqual([{ name: 'Civic Notebook', schemes: ['civicnotebook'] }]);
  });

  it('publishes nothing until auto-update is designed', () => {
    expect(config['publish']).toBeNull();
  });

  it('switches off the fuses that would let a shipped app run as plain Node', () => {
    expect(config['electronFuses']).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('rejects a mistyped option, so the schema check is real', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ ...config, appID: 'typo' })).toBe(false);
  });
});
