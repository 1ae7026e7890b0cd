import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { distEnvironment } from '../../scripts/lib/dist-environment';


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
      files: ['out/**', '!node_modules/**'],
    });
  });

  it('builds AppImage and deb, an NSIS installer, and a dmg with the zip macOS updates need', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      win: { target: 'nsis' },
      // The zip is what electron-updater installs on macOS.
      mac: { target: ['dmg', 'zip'], category: 'public.app-category.productivity' },
    });
  });

  it('registers the civicnotebook: link scheme', () => {
    expect(config['protocols']).toEqual([{ name: 'Civic Notebook', schemes: ['civicnotebook'] }]);
  });

  it('writes update metadata for the generic provider, its default address taken from the environment', () => {
    expect(config['publish']).toEqual({ provider: 'generic', url: '${env.CIVIC_NOTEBOOK_UPDATE_URL}', channel: 'latest' });
    // npm run dist supplies the variable when it is unset; electron-builder refuses an undefined one.
    expect(distEnvironment({})['CIVIC_NOTEBOOK_UPDATE_URL']).toBe('https://updates.invalid/civic-notebook/');
    expect(distEnvironment({ CIVIC_NOTEBOOK_UPDATE_URL: ' ' })['CIVIC_NOTEBOOK_UPDATE_URL']).toBe('https://updates.invalid/civic-notebook/');
    expect(distEnvironment({ CIVIC_NOTEBOOK_UPDATE_URL: 'https://updates.town.example/cn/' })['CIVIC_NOTEBOOK_UPDATE_URL']).toBe('https://updates.town.example/cn/');
  });

  it('names installers without spaces, so update metadata refers to them by a plain file name', () => {
    const names = [config['artifactName'], (config['nsis'] as Record<string, unknown>)['artifactName']];
    expect(names).toEqual(['civic-notebook-${version}-${arch}.${ext}', 'civic-notebook-setup-${version}.${ext}']);
  });

  it('packs the app into an ASAR archive and sets every security fuse', () => {
    expect(config['asar']).toBe(true);
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('takes the app icon from resources/icon.png, square and at least 512 px as macOS needs', () => {
    const png = readFileSync(resolve(ROOT, 'resources', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
    // A stale icon.ico or icon.icns beside it would win over the PNG without a word.
    expect(['icon.ico', 'icon.icns'].filter((name) => existsSync(resolve(ROOT, 'resources', name)))).toEqual([]);
  });

  it('rejects a mistyped option, fuse or publish setting, so the schema check is real', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ ...config, appID: 'typo' })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...(config['electronFuses'] as object), runAsnode: false } })).toBe(false);
    expect(validate({ ...config, publish: { provider: 'generic' } })).toBe(false);
  });
});
