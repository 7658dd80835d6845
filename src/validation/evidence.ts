/**
 * Evidence beside every figure: each metric value, baseline and target carries `quote` (the
 * source's own words) or `page` (of a document). Figures already in the catalogue before this
 * rule get a warning; a figure a change adds (not in the base branch's version of the entry,
 * `npm run validate -- --changed` and the pull-request build) is refused without it.
 */
import type { InnovationData } from '../schema/innovation.ts';
import type { Problem } from './problems.ts';

interface Figure {
  value: number;
  date?: string | undefined;
  source: string;
  quote?: string | undefined;
  page?: number | undefined;
}

/** What makes a figure the same figure across versions: its metric, stage, value, date and source. */
function figureKey(metric: string, stage: string, f: { value?: unknown; date?: unknown; source?: unknown }): string {
  const date = f.date instanceof Date ? f.date.toISOString().slice(0, 10) : String(f.date ?? '');
  return [metric, stage, String(f.value), date, String(f.source)].join('\u0000');
}

/** Figure keys of an entry's raw frontmatter (an older version, parsed but not validated). */
function rawFigureKeys(raw: unknown): Set<string> {
  const keys = new Set<string>();
  const metrics = (raw as { metrics?: unknown })?.metrics;
  if (!Array.isArray(metrics)) return keys;
  for (const m of metrics as { name?: unknown; baseline?: object; target?: object; values?: unknown }[]) {
    const name = String(m?.name ?? '');
    if (m?.baseline) keys.add(figureKey(name, 'baseline', m.baseline));
    if (m?.target) keys.add(figureKey(name, 'target', m.target));
    if (Array.isArray(m?.values)) for (const v of m.values) keys.add(figureKey(name, 'values', v ?? {}));
  }
  return keys;
}

/**
 * Figures without quote or page. `previous` is the entry as the base branch has it (null for a
 * file the change adds; undefined when not comparing): figures absent from it are new → errors.
 */
export function evidenceProblems(file: string, data: InnovationData, previous: unknown, line: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  const before = previous === undefined ? undefined : rawFigureKeys(previous);
  const found: Problem[] = [];
  data.metrics.forEach((m, i) => {
    const figures: [string, (string | number)[], Figure | undefined][] = [
      ['baseline', ['metrics', i, 'baseline'], m.baseline],
      ['target', ['metrics', i, 'target'], m.target],
      ...m.values.map((v, j): [string, (string | number)[], Figure] => ['values', ['metrics', i, 'values', j], v]),
    ];
    for (const [stage, path, f] of figures) {
      if (!f || f.quote || f.page) continue;
      const isNew = before !== undefined && !before.has(figureKey(m.name, stage, f));
      const field = path.map(String).join('.');
      found.push({
        file,
        line: line(path),
        field,
        severity: isNew ? 'error' : 'warning',
        message: isNew
          ? `angka baru ${f.value} ("${m.name}") belum punya bukti: isi "quote" dengan kalimat sumber yang memuat angka itu (kata demi kata, paling banyak 30 kata), atau "page" dengan halaman dokumen tempat angka itu tertulis.`
          : `angka ${f.value} ("${m.name}") belum punya bukti: tambahkan "quote" (kalimat sumbernya) atau "page" (halaman dokumen); bila sumbernya tidak dapat dibuka lagi, katakan itu di "note".`,
      });
    }
  });
  return found;
}
