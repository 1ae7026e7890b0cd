import { describe, expect, it } from 'vitest';
import { displayUrl, parseEnv } from '../../server/src/env';

describe('parseEnv', () => {
  it('listens on loopback port 4173, serves dist/web and keeps the embedded database in .data/pglite by default', () => {
    expect(parseEnv({}, '/repo')).toEqual({
      port: 4173,
      host: '127.0.0.1',
      webRoot: '/repo/dist/web',
      isWebRootExplicit: false,
      logger: false,
      databaseUrl: undefined,
      dataDir: '/repo/.data/pglite',
      trustProxy: false,
    });
  });

  it('reads the variables it is given', () => {
    const env = {
      PORT: '4199',
      HOST: '0.0.0.0',
      WEB_ROOT: '/srv/web',
      LOGGER: 'true',
      DATABASE_URL: 'postgres://civic:secret@db:5432/civic',
      DATA_DIR: 'var/db',
    };
    expect(parseEnv(env, '/repo')).toEqual({
      port: 4199,
      host: '0.0.0.0',
      webRoot: '/srv/web',
      isWebRootExplicit: true,
      logger: true,
      databaseUrl: 'postgres://civic:secret@db:5432/civic',
      dataDir: '/repo/var/db',
      trustProxy: false,
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8,127.0.0.1'],
    ['loopback,::1', 'loopback,::1'],
    ['', false],
  ] as const)('reads TRUST_PROXY=%j as %j', (value, expected) => {
    expect(parseEnv({ TRUST_PROXY: value }, '/repo').trustProxy).toEqual(expected);
  });

  it.each(['yes', 'proxy.town.example', '10.0.0.1; rm -rf', '999', '2'])('refuses TRUST_PROXY=%j with the accepted forms', (value) => {
    expect(() => parseEnv({ TRUST_PROXY: value }, '/repo')).toThrow(/must be true, false, or proxy addresses[\s\S]*TRUST_PROXY/);
  });

  it('treats an empty DATABASE_URL as unset (the embedded database)', () => {
    expect(parseEnv({ DATABASE_URL: '' }, '/repo').databaseUrl).toBeUndefined();
  });

  it('refuses a DATABASE_URL that is not a postgres URL, without echoing it', () => {
    const parse = (): unknown => parseEnv({ DATABASE_URL: 'mysql://root:hunter2@db/civic' });
    expect(parse).toThrow(/DATABASE_URL/);
    expect(parse).not.toThrow(/hunter2/);
  });

  it.each(['http', '70000', '-1', '41.5'])('stops with a clear message on PORT=%s', (port) => {
    expect(() => parseEnv({ PORT: port })).toThrow(/Invalid server environment[\s\S]*PORT/);
  });
});

describe('displayUrl', () => {
  it('shows a wildcard host as loopback and IPv6 in brackets', () => {
    expect(displayUrl('127.0.0.1', 4173)).toBe('http://127.0.0.1:4173/');
    expect(displayUrl('0.0.0.0', 4173)).toBe('http://127.0.0.1:4173/');
    expect(displayUrl('::1', 80)).toBe('http://[::1]:80/');
  });
});
