/**
 * Electronegativity's answer, read and judged. The tool is untyped CommonJS, so its result is parsed here with
 * zod: a release that changed the shape fails the run with the field it did not find, instead of passing with
 * nothing checked. CI fails on a finding of MEDIUM severity or above, and on a file the tool could not parse
 * (a file it did not read is a file nobody checked).
 *
 * Example of one finding as printed:
 *   HIGH   CONTEXT_ISOLATION_JS_CHECK  electron/main/window.ts:13:17  (firm)
 *          Review the use of the contextIsolation option
 *          > const window = new BrowserWindow({
 *          https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK
 */
import { isAbsolute, relative } from 'node:path';
import { z } from 'zod';

/** Electronegativity's severities, lowest first. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;

/** One of electronegativity's severities. */
export type Severity = (typeof SEVERITIES)[number];

/** The lowest severity that fails CI. */
export const BLOCKING_SEVERITY: Severity = 'MEDIUM';

/**
 * Checks whose findings count at a higher severity than the tool gives them. NODE_INTEGRATION_JS_CHECK rates
 * an explicit `nodeIntegration: true` INFORMATIONAL (only Electron 4's default-on counts as HIGH there), yet
 * that one line hands Node to every script on the page: it must fail CI like contextIsolation: false does.
 */
export const SEVERITY_OVERRIDES: Readonly<Record<string, Severity>> = { NODE_INTEGRATION_JS_CHECK: 'HIGH' };

const ToolIssueSchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  location: z.object({ line: z.number().int(), column: z.number().int() }),
  description: z.string(),
  sample: z.string().optional(),
  severity: z.object({ name: z.enum(SEVERITIES) }),
  confidence: z.object({ name: z.enum(['TENTATIVE', 'FIRM', 'CERTAIN']) }),
  manualReview: z.boolean().optional(),
});

/** What electronegativity's `run()` resolves with (only the fields we read). */
export const ToolResultSchema = z.object({
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(ToolIssueSchema),
});

/** A finding, with its file relative to the scanned folder. */
export interface Finding {
  id: string;
  severity: Severity;
  /** The tool's own severity when SEVERITY_OVERRIDES raised it, else null. */
  toolSeverity: Severity | null;
  confidence: string;
  file: string;
  line: number;
  column: number;
  description: string;
  sample: string | null;
  isManualReview: boolean;
}

/** A file the tool could not parse: not checked at all unless `isTolerable`. */
export interface ParseProblem {
  file: string;
  message: string;
  isTolerable: boolean;
}

/** The judged scan. */
export interface ScanReport {
  findings: Finding[];
  problems: ParseProblem[];
  blocking: Finding[];
  unparsed: ParseProblem[];
}

function relativeTo(root: string, file: string): string {
  return isAbsolute(file) ? relative(root, file) : file;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The severity a finding of `id` counts at: the tool's, or the override when that is higher. */
export function effectiveSeverity(id: string, toolSeverity: Severity): Severity {
  const override = SEVERITY_OVERRIDES[id];
  return override !== undefined && rank(override) > rank(toolSeverity) ? override : toolSeverity;
}

/** True when the finding fails CI. */
export function isBlocking(finding: Pick<Finding, 'severity'>): boolean {
  return rank(finding.severity) >= rank(BLOCKING_SEVERITY);
}

/**
 * Reads the tool's result for a scan of `root`; throws naming the first field that does not fit. Findings come
 * out most severe first, then by file and line.
 */
export function readToolResult(result: unknown, root: string): ScanReport {
  const parsed = ToolResultSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`electronegativity answered in a shape this script does not know (at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? '?'}); check the version pinned in tools/electronegativity/package.json`);
  }
  const findings = parsed.data.issues
    .map((issue): Finding => ({
      id: issue.id,
      severity: effectiveSeverity(issue.id, issue.severity.name),
      toolSeverity: effectiveSeverity(issue.id, issue.severity.name) === issue.severity.name ? null : issue.severity.name,
      confidence: issue.confidence.name,
      file: relativeTo(root, issue.file),
      line: issue.location.line,
      column: issue.location.column,
      description: issue.description,
      sample: issue.sample ?? null,
      isManualReview: issue.manualReview === true,
    }))
    .sort((a, b) => rank(b.severity) - rank(a.severity) || a.file.localeCompare(b.file) || a.line - b.line);
  const problems = parsed.data.errors.map((error) => ({ file: relativeTo(root, error.file), message: error.message, isTolerable: error.tolerable }));
  return { findings, problems, blocking: findings.filter(isBlocking), unparsed: problems.filter((problem) => !problem.isTolerable) };
}

/** One finding as a few lines of text (see the example at the top). */
export function formatFinding(finding: Finding): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const review = finding.isManualReview ? ', review required' : '';
  const raised = finding.toolSeverity === null ? '' : `, raised from ${finding.toolSeverity}`;
  const lines = [`${finding.severity.padEnd(6)} ${finding.id}  ${where}  (${finding.confidence.toLowerCase()}${review}${raised})`, `       ${finding.description}`];
  if (finding.sample !== null && finding.sample !== '') lines.push(`       > ${finding.sample}`);
  lines.push(`       https://github.com/doyensec/electronegativity/wiki/${finding.id}`);
  return lines.join('\n');
}

/** The whole report as text, ending with the verdict. */
export function formatReport(report: ScanReport): string {
  const parts = report.findings.map(formatFinding);
  for (const problem of report.problems) {
    parts.push(`${problem.isTolerable ? 'WARN  ' : 'ERROR '} could not fully parse ${problem.file}: ${problem.message}`);
  }
  if (report.blocking.length === 0 && report.unparsed.length === 0) {
    parts.push(`electronegativity: no finding of ${BLOCKING_SEVERITY} severity or above (${count(report.findings.length, 'finding', 'findings')} below it).`);
  } else {
    const reasons = [];
    if (report.blocking.length > 0) reasons.push(`${count(report.blocking.length, 'finding', 'findings')} of ${BLOCKING_SEVERITY} severity or above`);
    if (report.unparsed.length > 0) reasons.push(`${count(report.unparsed.length, 'file', 'files')} it could not parse, so did not check`);
    parts.push(
      `electronegativity: FAILED with ${reasons.join(' and ')}. Fix the code, or, where the code is right and the ` +
        'tool cannot see why, put /* eng-disable CHECK_ID */ at the end of the reported line with a one-line reason beside it.',
    );
  }
  return `${parts.join('\n\n')}\n`;
}
