/** Provenance in words a resident reads, and the counts by kind of source. */
import { describe, expect, it } from 'vitest';
import { isOfficeSource, provenanceCounts, provenanceText, sourceHref } from '../../src/lib/provenance.ts';
import { metricView } from '../../src/lib/entry-view.ts';
import { sourceSchema } from '../../src/schema/source.ts';
import { metricSchema } from '../../src/schema/metric.ts';

const tempo = sourceSchema.parse({ id: 'tempo', title: 'Berita', url: 'https://tempo.co/a', publisher: 'Tempo', date: '2020-11-03' });
const laporan = sourceSchema.parse({ kind: 'dokumen', id: 'lkjip', title: 'LKjIP 2025', publisher: 'Dinas Kependudukan dan Pencatatan Sipil', date: '2026-01', file: 'dokumen/disdukcapil/lkjip-2025.pdf', sha256: 'a'.repeat(64) });
const surat = sourceSchema.parse({ kind: 'pernyataan', id: 'surat', title: 'Jawaban', publisher: 'Dinas Kependudukan dan Pencatatan Sipil', signatory: 'Kepala Dinas', number: '470/88-Dukcapil', date: '2026-01-15' });
const situs = sourceSchema.parse({ kind: 'situs-resmi', id: 'web', title: 'Persyaratan', url: 'https://disdukcapil.example.go.id/p', publisher: 'Disdukcapil', date: 'tidak-diketahui', dateNote: 'tidak tampil' });

describe('provenanceText', () => {
  it('says who reports it, how and when, in Indonesian and English', () => {
    expect(provenanceText(tempo, 'id', 'id-ID')).toBe('Diberitakan Tempo, 3 November 2020');
    expect(provenanceText(laporan, 'id', 'id-ID', 4)).toBe('Menurut dokumen Dinas Kependudukan dan Pencatatan Sipil (Januari 2026, hlm. 4)');
    expect(provenanceText(surat, 'id', 'id-ID')).toBe('Surat Kepala Dinas Dinas Kependudukan dan Pencatatan Sipil No. 470/88-Dukcapil (15 Januari 2026)');
    expect(provenanceText(situs, 'id', 'id-ID')).toBe('Menurut situs resmi Disdukcapil');
    expect(provenanceText(tempo, 'en', 'en-GB')).toBe('Reported by Tempo, 3 November 2020');
    expect(provenanceText(laporan, 'en', 'en-GB', 4)).toBe('According to a document of Dinas Kependudukan dan Pencatatan Sipil (January 2026, p. 4)');
  });
  it("tells the government's own word from independent pages, and links a document to its published copy", () => {
    expect([tempo, laporan, surat, situs].map(isOfficeSource)).toEqual([false, true, true, true]);
    expect(sourceHref(laporan, '/etalase/')).toBe('/etalase/dokumen/disdukcapil/lkjip-2025.pdf');
    expect(sourceHref(tempo, '/')).toBe('https://tempo.co/a');
    expect(sourceHref(surat, '/')).toBeUndefined();
  });
});

describe('figures with their evidence', () => {
  const metric = metricSchema.parse({
    type: 'outcome',
    name: 'Waktu tunggu',
    unit: 'menit',
    baseline: { value: 60, date: '2019', source: 'tempo', quote: 'warga menunggu hingga satu jam' },
    values: [{ value: 20, date: '2025', source: 'lkjip', page: 4 }],
  });
  it('marks a figure only the office reports, and opens the document at its page', () => {
    const rows = metricView(metric, 'id-ID', [tempo, laporan], 'id').rows;
    expect(rows[0]).toMatchObject({ provenance: 'Diberitakan Tempo, 3 November 2020', office: false, quote: 'warga menunggu hingga satu jam' });
    expect(rows[1]).toMatchObject({ provenance: 'Menurut dokumen Dinas Kependudukan dan Pencatatan Sipil (Januari 2026, hlm. 4)', office: true, page: 4 });
    expect(rows[1]!.evidenceHref).toMatch(/dokumen\/disdukcapil\/lkjip-2025\.pdf#page=4$/);
  });
  it('counts sources and figures by kind', () => {
    const c = provenanceCounts([{ sources: [tempo, laporan, surat], metrics: [metric] }]);
    expect(c.sources).toEqual({ berita: 1, 'situs-resmi': 0, dokumen: 1, pernyataan: 1 });
    expect(c.figures).toEqual({ berita: 1, 'situs-resmi': 0, dokumen: 1, pernyataan: 0 });
    expect(c.figuresByGroup).toEqual({ independen: 1, 'laporan-pemerintah': 1 });
  });
});
