import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readToolResult } from '../../scripts/lib/electronegativity-report';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'electronegativity');

type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run electronegativity -- <args>` as the script itself, in a process of its own. */
function electronegativityCli(...args: string[]): CliResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'electronegativity.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // The first run installs the tool (npm ci) before scanning.
    timeout: 600_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** One issue as electronegativity's run() reports it. */
function toolIssue(id: string, severity: string, file = '/scan/electron/main/window.ts') {
  return { id, file, location: { line: 3, column: 4 }, description: `${id} description`, sample: 'new BrowserWindow({', severity: { name: severity }, confidence: { name: 'FIRM' }, manualReview: false };
}

describe('reading electronegativity results', () => {
  it('fails on MEDIUM and HIGH findings and passes LOW and INFORMATIONAL ones', () => {
    const report = readToolResult({ errors: [], issues: ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'].map((severity, i) => toolIssue(`CHECK_${i}`, severity)) }, '/scan');
    expect(report.blocking.map((finding) => finding.severity)).toEqual(['HIGH', 'MEDIUM']);
    expect(report.findings.map((finding) => finding.severity)).toEqual(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);
  });

  it('counts an explicit nodeIntegration finding as HIGH although the tool rates it INFORMATIONAL', () => {
    const [finding] = readToolResult({ errors: [], issues: [toolIssue('NODE_INTEGRATION_JS_CHECK', 'INFORMATIONAL')] }, '/scan').blocking;
    expect(finding).toMatchObject({ severity: 'HIGH', toolSeverity: 'INFORMATIONAL', file: 'electron/main/window.ts' });
  });

  it('fails on a file the tool could not parse, and only warns on a tolerable parse problem', () => {
    const report = readToolResult({
      errors: [
        { file: '/scan/electron/main/a.ts', message: 'Unexpected token', tolerable: false },
        { file: '/scan/electron/main/b.ts', message: 'Recovered', tolerable: true },
      ],
      issues: [],
    }, '/scan');
    expect(report.unparsed).toEqual([{ file: 'electron/main/a.ts', message: 'Unexpected token', isTolerable: false }]);
    expect(report.problems).toHaveLength(2);
  });

  it('refuses a result of another shape, naming the field', () => {
    expect(() => readToolResult({ errors: [], issues: [{ ...toolIssue('X', 'MEDIUM'), severity: 'MEDIUM' }] }, '/scan')).toThrow(/issues\.0\.severity/);
    expect(() => readToolResult(undefined, '/scan')).toThrow(/shape this script does not know/);
  });
});

describe('npm run electronegativity', () => {
  let insecure: CliResult;
  let hardened: CliResult;
  beforeAll(() => {
    insecure = electronegativityCli('--input', join(FIXTURES, 'insecure'));
    hardened = electronegativityCli('--input', join(FIXTURES, 'hardened'));
  }, 900_000);

  it('fails on a main process that gives its page Node, drops isolation and web security', () => {
    expect(insecure.code, insecure.stderr).toBe(1);
    expect(insecure.stdout).toMatch(/^HIGH {3}NODE_INTEGRATION_JS_CHECK {2}main\.ts:7:\d+ {2}\(firm, raised from INFORMATIONAL\)$/m);
    expect(insecure.stdout).toMatch(/^HIGH {3}CONTEXT_ISOLATION_JS_CHECK {2}main\.ts:16:\d+/m);
    expect(insecure.stdout).toMatch(/^MEDIUM SANDBOX_JS_CHECK {2}main\.ts:17:\d+/m);
    expect(insecure.stdout).toMatch(/^MEDIUM WEB_SECURITY_JS_CHECK {2}main\.ts:18:\d+/m);
    expect(insecure.stdout).toMatch(/^MEDIUM OPEN_EXTERNAL_JS_CHECK {2}main\.ts:21:\d+/m);
    expect(insecure.stdout).toMatch(/^HIGH {3}LIMIT_NAVIGATION_GLOBAL_CHECK/m);
    expect(insecure.stdout).toMatch(/^MEDIUM PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/m);
    expect(insecure.stdout).toMatch(/electronegativity: FAILED with \d+ findings of MEDIUM severity or above/);
  });

  it('passes a hardened main process, honouring its justified eng-disable comment', () => {
    expect(hardened.code, `${hardened.stdout}\n${hardened.stderr}`).toBe(0);
    expect(hardened.stdout).not.toContain('OPEN_EXTERNAL_JS_CHECK');
    expect(hardened.stdout).toMatch(/electronegativity: no finding of MEDIUM severity or above/);
  });

  it('says how to call it when given an argument it does not take', () => {
    const result = electronegativityCli('--inptu', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run electronegativity [-- --input <folder>]');
  });
});
