import { describe, expect, it } from 'vitest';
import { normalizeServerAddress, ServerAddressSchema, serverOrigin } from '@shared/api/server-address';

describe('ServerAddressSchema', () => {
  it.each([
    [' Notebook.Town.Example/ ', 'https://notebook.town.example'],
    ['notebook.town.example', 'https://notebook.town.example'],
    ['https://notebook.town.example', 'https://notebook.town.example'],
    ['HTTP://192.168.1.20:8080/notebook/', 'http://192.168.1.20:8080/notebook'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['localhost:3000', 'https://localhost:3000'],
    ['https://[::1]:8443/', 'https://[::1]:8443'],
    ['https://notebook.town.example/Civic/Notebook', 'https://notebook.town.example/Civic/Notebook'],
    ['https://notebook.town.example:0443', 'https://notebook.town.example'],
  ])('reads %j as %s', (typed, canonical) => {
    expect(ServerAddressSchema.parse(typed)).toBe(canonical);
  });

  it('drops the default port, so one server has one address', () => {
    expect(ServerAddressSchema.parse('https://notebook.town.example:443/')).toBe('https://notebook.town.example');
    expect(ServerAddressSchema.parse('http://notebook.town.example:80')).toBe('http://notebook.town.example');
    expect(ServerAddressSchema.parse('http://notebook.town.example:443')).toBe('http://notebook.town.example:443');
  });

  it('gives the same answer for its own answer', () => {
    for (const typed of ['Notebook.Town.Example', 'http://10.0.0.5:8080/a/b/', 'https://[::1]']) {
      const canonical = ServerAddressSchema.parse(typed);
      expect(ServerAddressSchema.parse(canonical)).toBe(canonical);
    }
  });

  it.each([
    ['', "Enter the office server's address"],
    ['   ', "Enter the office server's address"],
    ['ftp://notebook.town.example', 'must start with https:// or http://'],
    ['file:///etc/passwd', 'must start with https:// or http://'],
    ['javascript://alert(1)', 'must start with https:// or http://'],
    ['https://ana:secret@notebook.town.example', 'Leave the user name and password out'],
    ['https://notebook.town.example/?next=/admin', 'cannot contain ? or #'],
    ['https://notebook.town.example/#top', 'cannot contain ? or #'],
    ['https://notebook.town.example:99999', 'The port must be a number from 1 to 65535'],
    ['https://notebook.town.example:0', 'The port must be a number from 1 to 65535'],
    ['notebook town hall', 'That is not a server address'],
    ['https://-notebook.example', 'That is not a server address'],
    ['https://notebook..example', 'That is not a server address'],
    ['https://notebook.town.example//', 'That is not a server address'],
    ['https://notebook.town.example/a/../b', 'That is not a server address'],
    ['https://notebook.town.example/%2e%2E/admin', 'That is not a server address'],
    ['https://notebook.town.example/./b', 'That is not a server address'],
    ['https://notebook.town.example/a\\..\\b', 'That is not a server address'],
    ['https://notebook.town.example; script-src *', 'That is not a server address'],
    [`https://${'a'.repeat(2050)}.example`, 'too long'],
  ])('refuses %j, saying so in a plain sentence', (typed, message) => {
    const result = ServerAddressSchema.safeParse(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('refuses what is not a string', () => {
    expect(ServerAddressSchema.safeParse(42).success).toBe(false);
    expect(ServerAddressSchema.safeParse(null).success).toBe(false);
  });
});

describe('normalizeServerAddress', () => {
  it('answers the canonical address or a sentence', () => {
    expect(normalizeServerAddress('notebook.town.example')).toEqual({ ok: true, address: 'https://notebook.town.example' });
    expect(normalizeServerAddress('ftp://x.example')).toEqual({ ok: false, message: 'The address must start with https:// or http://' });
  });
});

describe('serverOrigin', () => {
  it('keeps the scheme, host and port and drops the path', () => {
    expect(serverOrigin('http://192.168.1.20:8080/notebook')).toBe('http://192.168.1.20:8080');
    expect(serverOrigin('https://notebook.town.example')).toBe('https://notebook.town.example');
    expect(serverOrigin('https://[::1]:8443/a')).toBe('https://[::1]:8443');
  });
});
