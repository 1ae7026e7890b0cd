import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/src/env';

describe('PUBLIC_URL', () => {
  it("is where links in priority emails start, and unset or empty means the server's own address", () => {
    expect(parseEnv({ PUBLIC_URL: 'https://notebook.town.example/' }, '/repo').publicUrl).toBe('https://notebook.town.example/');
    expect(parseEnv({}, '/repo').publicUrl).toBeUndefined();
    expect(parseEnv({ PUBLIC_URL: '' }, '/repo').publicUrl).toBeUndefined();
  });

  it('refuses anything but an http(s) address, naming the variable', () => {
    for (const value of ['notebook.town.example', 'ftp://town.example/', 'javascript:alert(1)']) {
      expect(() => parseEnv({ PUBLIC_URL: value }, '/repo')).toThrow(/Invalid server environment[\s\S]*PUBLIC_URL/);
    }
  });
});
