import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, RENDERER_CSP_DIRECTIVES } from '@shared/lib/content-security-policy';

describe('contentSecurityPolicy', () => {
  it('writes the shared directives, never allowing inline or eval scripts', () => {
    const policy = contentSecurityPolicy();
    expect(policy.split('; ')).toHaveLength(Object.keys(RENDERER_CSP_DIRECTIVES).length);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('lets a shell replace or add a directive without repeating it', () => {
    const policy = contentSecurityPolicy({ 'base-uri': "'self'", 'manifest-src': "'self'" });
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain("base-uri 'none'");
    expect(policy.endsWith("manifest-src 'self'")).toBe(true);
  });
});
