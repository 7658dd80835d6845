/**
 * How the web editor names a field and words a refused save for staff: the field's editor
 * labels from the top (with the item's number in a list) instead of its dotted id, e.g.
 * "Output dan outcome 1 › Nilai terukur 2 › Sumber" for metrics.0.values.1.source.
 * Pure functions, shared by the browser hook (admin-checks.ts) and its tests.
 */

/** Editor labels of each field path, lists written as "*": "metrics.*.values.*.source" → ["Output dan outcome", "Nilai terukur", "Sumber"]. */
export type LabelPaths = Record<string, string[]>;

/** The labels of a field path, numbered where it passes through a list item. */
export function labelTrail(path: readonly PropertyKey[], labels: LabelPaths): string {
  const parts: string[] = [];
  const pattern: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      pattern.push('*');
      if (parts.length) parts[parts.length - 1] = `${parts.at(-1)} ${key + 1}`;
      continue;
    }
    pattern.push(String(key));
    const trail = labels[pattern.join('.')];
    parts.push(trail?.at(-1) ?? String(key));
  }
  return parts.join(' › ') || 'Entri ini';
}

/** The text of the dialog when a save is refused. */
export function entryProblemsText(title: string, problems: readonly string[]): string {
  const count = problems.length === 1 ? 'Satu isian perlu diperbaiki' : `${problems.length} isian perlu diperbaiki`;
  return `Entri "${title}" belum disimpan. ${count} (aturan yang sama dengan pemeriksaan sebelum terbit):\n${problems.map((p) => `• ${p}`).join('\n')}`;
}
