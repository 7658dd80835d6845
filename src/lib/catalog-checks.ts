/**
 * Rules that span entries: every OPD id resolves in the registry, titles are unique,
 * every entry has a narrative. Pure: takes plain arrays, returns problems.
 */
import type { Problem } from '../validation/problems.ts';

export interface CheckedEntry {
  id: string;
  file: string;
  data: { title: string; opd: string; collaborators: string[]; draft: boolean };
  body: string;
}

export interface CheckedOpd {
  id: string;
  file: string;
  data: { name: string; parent?: string | undefined };
}

type CatalogProblem = Omit<Problem, 'line'>;

function closestIds(value: string, ids: string[]): string {
  const starts = ids.filter((id) => id.startsWith(value.slice(0, 3)));
  return (starts.length ? starts : ids).slice(0, 8).join(', ');
}

/** Normalised title for duplicate detection: case, spacing and punctuation ignored. */
export function titleKey(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Narrative text of an MDX body, without headings and comments. */
export function narrativeText(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join(' ')
    .trim();
}

/** Entry ids that would collide with list pages under /inovasi/. */
export const RESERVED_IDS = ['urut', 'halaman'];

export function checkCatalog(entries: CheckedEntry[], opds: CheckedOpd[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const opdIds = opds.map((o) => o.id);
  const known = new Set(opdIds);
  const unknownOpd = (file: string, field: string, value: string) =>
    problems.push({
      file,
      field,
      severity: 'error',
      message: `bernilai "${value}", tetapi tidak ada OPD dengan id itu di content/opd/. Gunakan nama berkas OPD yang ada (mis. ${closestIds(value, opdIds)}), atau tambahkan berkas content/opd/${value}.yaml.`,
    });

  for (const o of opds) {
    if (o.data.parent && !known.has(o.data.parent)) unknownOpd(o.file, 'parent', o.data.parent);
  }

  const byTitle = new Map<string, CheckedEntry[]>();
  for (const e of entries) {
    if (RESERVED_IDS.includes(e.id)) {
      problems.push({ file: e.file, field: '', severity: 'error', message: `nama berkas "${e.id}" sudah dipakai untuk halaman daftar (/inovasi/${e.id}/); ganti nama berkasnya.` });
    }
    if (e.data.opd && !known.has(e.data.opd)) unknownOpd(e.file, 'opd', e.data.opd);
    e.data.collaborators.forEach((c, i) => {
      if (!known.has(c)) unknownOpd(e.file, `collaborators.${i}`, c);
      if (c === e.data.opd) {
        problems.push({ file: e.file, field: `collaborators.${i}`, severity: 'error', message: `bernilai "${c}", sama dengan "opd"; OPD pemilik tidak perlu ditulis lagi sebagai kolaborator.` });
      }
    });
    const key = titleKey(e.data.title);
    if (key) byTitle.set(key, [...(byTitle.get(key) ?? []), e]);
    if (narrativeText(e.body).length === 0) {
      problems.push({ file: e.file, field: 'isi', severity: 'error', message: '(teks di bawah frontmatter) kosong; tulis bagian "## Latar belakang", "## Solusi" dan "## Manfaat".' });
    }
  }
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const e of group) {
      const others = group.filter((o) => o !== e).map((o) => o.file).join(', ');
      problems.push({ file: e.file, field: 'title', severity: 'error', message: `bernilai "${e.data.title}", sama dengan judul di ${others}; setiap inovasi perlu judul yang berbeda (gabungkan entrinya bila inovasinya sama).` });
    }
  }
  return problems;
}
