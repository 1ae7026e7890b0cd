import { describe, expect, it } from 'vitest';
import { devServerUrl, isBundledAppUrl, isTrustedRendererUrl } from '../../electron/main/origin';

describe('devServerUrl', () => {
  it('uses a local dev server in development', () => {
    expect(devServerUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173/');
    expect(devServerUrl(false, 'http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
  });

  it('ignores the variable in a packaged app', () => {
    expect(devServerUrl(true, 'http://localhost:5173')).toBeUndefined();
  });

  it('ignores a remote or non-http address', () => {
    expect(devServerUrl(false, 'https://evil.example/')).toBeUndefined();
    expect(devServerUrl(false, 'file:///tmp/index.html')).toBeUndefined();
    expect(devServerUrl(false, 'not a url')).toBeUndefined();
    expect(devServerUrl(false, undefined)).toBeUndefined();
  });
});

describe('trusted renderer URLs', () => {
  it('recognises the bundled app and nothing that merely looks like it', () => {
    expect(isBundledAppUrl('app://civic-notebook/index.html')).toBe(true);
    expect(isBundledAppUrl('app://civic-notebook.evil.example/index.html')).toBe(false);
    expect(isBundledAppUrl('https://civic-notebook/index.html')).toBe(false);
    expect(isBundledAppUrl('app://other/index.html')).toBe(false);
  });

  it('trusts the dev server only when it is the configured one', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:8080/', 'http://localhost:5173/')).toBe(false);
  });
});
