/** A problem found in content, and how it is printed for authors. */

export interface Problem {
  /** Path relative to the project root, e.g. content/innovations/adm.mdx. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted field path, e.g. metrics.0.values.1.date; empty for whole-file problems. */
  field: string;
  /** Indonesian message: what was found, what is expected, how to fix it. */
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** `file:line: "field" message` — the line authors read in the terminal and in CI logs. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const label = p.severity === 'warning' ? ' (peringatan)' : p.severity === 'info' ? ' (info)' : '';
  const field = p.field ? `"${p.field}" ` : '';
  return `${where}${label}: ${field}${p.message}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(p: Problem): string {
  const level = p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'notice';
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [`file=${p.file}`, p.line ? `line=${p.line}` : '', `title=${esc(p.field || 'isi berkas')}`]
    .filter(Boolean)
    .join(',');
  return `::${level} ${props}::${esc(formatProblem(p))}`;
}

/**
 * Warning lines for the build log: each warning up to `limit`, then one line counting the rest
 * (a national catalogue can have thousands of stale dates; `npm run validate` lists them all).
 */
export function warningLines(warnings: readonly Problem[], limit = 20): string[] {
  if (warnings.length <= limit) return warnings.map(formatProblem);
  const rest = warnings.slice(limit);
  const files = new Set(rest.map((p) => p.file)).size;
  return [
    ...warnings.slice(0, limit).map(formatProblem),
    `… dan ${rest.length} peringatan lain di ${files} berkas (bukan kesalahan; build tetap jalan). Jalankan "npm run validate" untuk daftar lengkapnya.`,
  ];
}
