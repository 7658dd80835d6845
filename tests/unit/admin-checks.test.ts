/**
 * The web editor's preSave check (src/client/admin-checks.ts) refuses what validate refuses,
 * on the real catalogue: every real entry passes as Sveltia hands it over, and the mistakes
 * staff made in the editor (a figure citing a source the entry does not have, a letter without
 * its number, a quote over 30 words, a section left empty) are refused with the schema's
 * Indonesian message, the field named by its editor labels.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cmsConfig, collectionLabelPaths } from '../../src/authoring/cms-config.ts';
import { documentFields, fileKey, problemsOf } from '../../src/client/admin-checks.ts';
import { withExplicitKind } from '../../src/integrations/cms-admin.ts';

const labels = collectionLabelPaths(cmsConfig({ practice: true }));
const dir = join(process.cwd(), 'content', 'innovations');
const files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));

/** An entry as Sveltia's preSave hook receives it: the frontmatter fields plus "body". */
function asSaved(file: string): Record<string, unknown> {
  const text = readFileSync(join(dir, file), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { ...(parse(withExplicitKind(`${front}\n`)) as Record<string, unknown>), body };
}

describe('preSave check', () => {
  it('lets every entry of the real catalogue be saved unchanged (with kind written out)', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      // The source form picks its fields by kind, so the seed writes the default out on every source.
      for (const s of asSaved(f).sources as { kind?: string }[]) expect(s.kind, f).toMatch(/^(berita|situs-resmi|dokumen|pernyataan)$/);
    }
    for (const f of files) expect(problemsOf(f.endsWith('.mdx') ? 'inovasi-mdx' : 'inovasi', asSaved(f), labels.inovasi!), f).toEqual([]);
  });

  it('lets every OPD file be saved unchanged, and refuses a contact citing a source the OPD lacks', () => {
    const opdDir = join(process.cwd(), 'content', 'opd');
    const opds = readdirSync(opdDir).filter((f) => f.endsWith('.yaml'));
    expect(opds.length).toBeGreaterThan(10);
    for (const f of opds) {
      const data = parse(withExplicitKind(readFileSync(join(opdDir, f), 'utf8'))) as Record<string, unknown>;
      for (const s of data.sources as { kind?: string }[]) expect(s.kind, f).toBeTruthy();
      expect(problemsOf('opd', data, labels.opd!), f).toEqual([]);
    }
    const one = parse(readFileSync(join(opdDir, opds[0]!), 'utf8')) as Record<string, unknown>;
    const problems = problemsOf('opd', { ...one, contact: { phone: '021 000', sources: ['tidak-ada'] } }, labels.opd!);
    expect(problems.join('\n')).toMatch(/^Kontak › Sumber kontak 1: merujuk sumber "tidak-ada"/m);
  });

  it('refuses a figure citing a source the entry does not have, naming it by its labels', () => {
    const entry = asSaved(files[0]!);
    // As Sveltia hands it over: list items carry the editor's own key, which is not a field.
    const metrics = [{ __sc_item_original_key_path: 'metrics.0', type: 'outcome', name: 'Warga terlayani', unit: 'orang', values: [{ value: 10, date: '2025', source: 'tidak-ada-2025' }] }];
    const problems = problemsOf('inovasi', { ...entry, metrics }, labels.inovasi!);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Output dan outcome 1 › Nilai terukur 1 › Sumber: merujuk sumber "tidak-ada-2025" yang tidak ada/);
  });

  it('refuses a letter without number, a quote over 30 words, an empty section; empty inputs count as absent', () => {
    const entry = asSaved(files[0]!);
    const sources = [...(entry.sources as object[]), { kind: 'pernyataan', id: 'surat-2026', title: 'Jawaban', publisher: 'Dinas Contoh', date: '2026-01-15', number: '' }];
    const quote = Array.from({ length: 31 }, (_, i) => `kata${i}`).join(' ');
    const metrics = [{ type: 'outcome', name: 'Warga', unit: 'orang', values: [{ value: 10, date: '2025', source: 'surat-2026', quote, page: null }] }];
    const body = String(entry.body).replace(/## Manfaat[\s\S]*$/, '## Manfaat\n\n');
    const problems = problemsOf('inovasi', { ...entry, sources, metrics, body }, labels.inovasi!);
    expect(problems.join('\n')).toMatch(/Sumber \d+ › Nomor dokumen atau surat: wajib diisi untuk "pernyataan"/);
    expect(problems.join('\n')).toMatch(/Nilai terukur 1 › Kutipan dari sumber: berisi 31 kata/);
    expect(problems.join('\n')).toMatch(/Isi: bagian "## Manfaat" kosong/);
    expect(problems.join('\n')).not.toMatch(/Halaman dokumen/);
  });

  it('writes an uploaded document in the schema form with the SHA-256 of the uploaded file', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n% uji\n');
    const file = new File([bytes], 'laporan.pdf', { type: 'application/pdf' });
    const sources = [{ file: '/dokumen/disdukcapil/laporan.pdf' }, { file: 'dokumen/disdukcapil/lama.pdf', sha256: 'a'.repeat(64) }];
    const set = await documentFields(sources, [{ path: 'content/dokumen/disdukcapil/laporan.pdf', name: 'laporan.pdf', file }], ['sources']);
    expect(set).toEqual([
      { path: ['sources', 0, 'file'], value: 'dokumen/disdukcapil/laporan.pdf' },
      { path: ['sources', 0, 'sha256'], value: createHash('sha256').update(bytes).digest('hex') },
    ]);
  });
});

describe('uploads picked in the page', () => {
  it('are found by the name Sveltia stores them under, to hash them', async () => {
    expect(fileKey('Laporan Kinerja Dinas 2025 (Final).PDF')).toBe('laporan-kinerja-dinas-2025-final.pdf');
    expect(fileKey('laporan-kinerja-dinas-2025-final-1.pdf')).toBe('laporan-kinerja-dinas-2025-final.pdf');
    const bytes = new TextEncoder().encode('%PDF-1.7\n');
    const picked = new Map([[fileKey('Laporan Kinerja.pdf'), new File([bytes], 'Laporan Kinerja.pdf')]]);
    const set = await documentFields([{ file: 'dokumen/contoh/laporan-kinerja.pdf' }, { file: 'dokumen/contoh/lain.pdf' }], [], ['sources'], picked);
    expect(set).toEqual([{ path: ['sources', 0, 'sha256'], value: createHash('sha256').update(bytes).digest('hex') }]);
  });
});
