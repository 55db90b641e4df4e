// What ships has no known high or critical vulnerability: `npm audit --omit=dev`. The registry
// is reachable here and in CI; if it is not, the test says so plainly instead of passing quietly
// or failing with a network stack trace.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

interface AuditReport {
  readonly error?: { code?: string; summary?: string; detail?: string };
  readonly vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  readonly metadata?: { vulnerabilities?: Record<string, number> };
}

function audit(): Promise<{ report: AuditReport | null; raw: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { cwd: ROOT, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (_error, stdout, stderr) => {
        // npm audit exits non-zero when it finds anything; the JSON says what.
        try {
          resolve({ report: JSON.parse(stdout) as AuditReport, raw: stdout });
        } catch {
          resolve({ report: null, raw: `${stdout}\n${stderr}` });
        }
      },
    );
  });
}

/** Why npm audit could not check anything (no registry, or an audit endpoint that refuses), or null. */
function whyUnchecked(report: AuditReport | null, raw: string): string | null {
  if (report === null)
    return /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|network|offline|audit endpoint/i.test(raw)
      ? raw.trim().slice(0, 300)
      : null;
  if (report.error !== undefined || report.vulnerabilities === undefined) {
    const message = (report as { message?: string }).message ?? report.error?.summary ?? 'no vulnerability report in the answer';
    return message;
  }
  return null;
}

describe('the shipped dependencies', () => {
  it('have no high or critical advisory in npm audit --omit=dev', async (context) => {
    const { report, raw } = await audit();
    const unchecked = whyUnchecked(report, raw);
    if (unchecked !== null) {
      const note = `npm audit could not check the shipped dependencies: ${unchecked}`;
      // Not a pass: the test is reported as skipped with the reason, unless CI demands the audit.
      expect(process.env.AUDIT_REQUIRED, `${note} (AUDIT_REQUIRED=1 makes this a failure)`).not.toBe('1');
      console.warn(`SECURITY AUDIT NOT RUN — ${note}`);
      context.skip(note);
      return;
    }
    expect(report, `npm audit did not answer with JSON:\n${raw.slice(0, 600)}`).not.toBeNull();
    const serious = Object.entries(report?.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious, 'high/critical advisories in production dependencies (run `npm audit --omit=dev`)').toEqual([]);
  }, 120_000);
});
