import { describe, expect, it } from 'vitest';
import { displayUrl, parseEnv } from '../../server/src/env';

describe('parseEnv', () => {
  it('listens on loopback port 4173 and serves dist/web by default', () => {
    expect(parseEnv({}, '/repo')).toEqual({ port: 4173, host: '127.0.0.1', webRoot: '/repo/dist/web', logger: false });
  });

  it('reads the variables it is given', () => {
    expect(parseEnv({ PORT: '4199', HOST: '0.0.0.0', WEB_ROOT: '/srv/web', LOGGER: 'true' }, '/repo')).toEqual({
      port: 4199,
      host: '0.0.0.0',
      webRoot: '/srv/web',
      logger: true,
    });
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
