/** What is sent and shown around a Pagefind search: phrase queries, excerpts, suggestions. Hand-built inputs. */
import { describe, expect, it } from 'vitest';
import { editDistance, excerptParts, normalizeQuery, searchTerm, suggestions } from '../../src/lib/search-text.ts';

const names = ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Dukcapil', 'Kecamatan Setu', 'Setu'];

describe('searchTerm', () => {
  it('sends an OPD name, however typed, as an exact phrase', () => {
    expect(searchTerm('Dinas Kependudukan dan Pencatatan Sipil', names)).toBe('"dinas kependudukan dan pencatatan sipil"');
    expect(searchTerm('  dinas  kependudukan dan pencatatan sipil ', names)).toBe('"dinas kependudukan dan pencatatan sipil"');
    expect(searchTerm('SETU', names)).toBe('"setu"');
    expect(searchTerm('"Dukcapil"', names)).toBe('"dukcapil"');
  });

  it('sends anything else as typed', () => {
    expect(searchTerm('izin usaha', names)).toBe('izin usaha');
    expect(searchTerm('Dinas Kependudukan', names)).toBe('Dinas Kependudukan');
    expect(searchTerm(' ktp ', names)).toBe('ktp');
    expect(searchTerm('', names)).toBe('');
  });

  it('compares queries without case, quotes and punctuation', () => {
    expect(normalizeQuery('  “Dinas  Pendapatan, Pengelolaan”. ')).toBe('dinas pendapatan pengelolaan');
  });
});

describe('excerptParts', () => {
  const text = (parts: { text: string; mark: boolean }[] | null) => parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
  const title = 'Anjungan Dukcapil Mandiri (ADM)';
  const content = `${title}. Mesin cetak KTP di mal. Warga mencetak KTP sendiri tanpa antre. Sumber berita. Kata kunci: KTP, mal. Dinas Kependudukan, Dukcapil, KTP, civil registration.`;
  const words = content.split(/\s+/);
  const at = (w: string) => words.flatMap((x, i) => (x.replace(/[.,]$/, '') === w ? [i] : []));
  const hidden = 'Dinas Kependudukan, Dukcapil, KTP, civil registration';

  it('marks the matches of the densest window, leaving out the hidden terms', () => {
    const out = text(excerptParts({ content, locations: at('KTP'), title, hidden, length: 12 }));
    expect(out).toBe('Mesin cetak [KTP] di mal. Warga mencetak [KTP] sendiri tanpa antre. Sumber …');
    expect(out).not.toContain('civil');
  });

  it("with Pagefind's weights, shows the first match in the page's own text, not a denser run in a source title", () => {
    const page = 'Layanan. Ringkasan layanan KTP untuk warga kota. Sumber: Cetak KTP, KTP, KTP berita.';
    const locations = [3, 9, 10, 11];
    const weights = new Map([[3, 1], [9, 0.5], [10, 0.5], [11, 0.5]]);
    expect(text(excerptParts({ content: page, locations, weights, length: 4 }))).toBe('Ringkasan layanan [KTP] untuk …');
    // Without weights, the densest window.
    expect(text(excerptParts({ content: page, locations, length: 4 }))).toBe('Cetak [KTP,] [KTP,] [KTP] …');
  });

  it('never starts inside the title', () => {
    const out = text(excerptParts({ content, locations: [...at('Mandiri'), ...at('mal')], title, hidden, length: 8 }))!;
    expect(out.startsWith('Mesin')).toBe(true);
  });

  it('starts the sentence of the first match when it is near, and says when it cuts', () => {
    const out = text(excerptParts({ content, locations: at('mencetak'), title, length: 4 }));
    expect(out).toBe('Warga [mencetak] KTP sendiri …');
  });

  it('gives nothing when every match is in the title or the hidden terms (the summary is shown instead)', () => {
    expect(excerptParts({ content, locations: [...at('Dukcapil'), ...at('civil')], title, hidden })).toBeNull();
    expect(excerptParts({ content, locations: [], title })).toBeNull();
  });

  it('finds the hidden terms though Pagefind ended them with a full stop', () => {
    expect(excerptParts({ content, locations: at('registration'), title, hidden })).toBeNull();
    // Without knowing them, the same match would be shown.
    expect(excerptParts({ content, locations: at('registration'), title })).not.toBeNull();
  });
});

describe('suggestions', () => {
  const vocabulary = ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Dukcapil', 'Siakcapil', 'perpustakaan', 'pustaka', 'sampah', 'waste', 'izin usaha'];

  it('offers the terms that contain the query, shortest first ("capil" → Dukcapil)', () => {
    expect(suggestions('capil', vocabulary)).toEqual(['Dukcapil', 'Siakcapil', 'Disdukcapil']);
  });

  it('offers terms one or two typing errors away', () => {
    expect(suggestions('perpustakan', vocabulary)).toEqual(['perpustakaan']);
    expect(suggestions('sampa', vocabulary)).toEqual(['sampah']);
    expect(suggestions('wastee', vocabulary)).toEqual(['waste']);
  });

  it('offers terms with a word of a longer query', () => {
    expect(suggestions('izin toko', vocabulary)).toEqual(['izin usaha']);
  });

  it('offers nothing for a query too short or unlike anything, and never the query itself', () => {
    expect(suggestions('x', vocabulary)).toEqual([]);
    expect(suggestions('qwertyuiop', vocabulary)).toEqual([]);
    expect(suggestions('sampah', vocabulary)).not.toContain('sampah');
  });

  it('counts edits, stopping past the limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
