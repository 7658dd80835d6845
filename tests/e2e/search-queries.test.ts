/**
 * What residents type, run through Pagefind's JS API of the built site in Chromium (the same
 * bundle /cari/ and the header box use): a set of realistic queries, Indonesian and English,
 * each with the entries that must be among its first three results; and the agency-name
 * check — every name of every OPD in content/opd/ (name, abbreviation, aliases) finds the same
 * innovations, those it owns and joins included. Queries go through searchTerm, as /cari/ and
 * the header box send them (a multi-word OPD name as a phrase). The query set is written by hand from what
 * the entries are about (content/innovations/), not from what the search returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { openSearchSite, SEARCH_BASE } from '../helpers/search-site.ts';
import type { Served } from '../helpers/serve.ts';
import { opdIds, publishedEntries, ROOT } from '../helpers/content.ts';
import { searchTerm } from '../../src/lib/search-text.ts';

const BASE = SEARCH_BASE;

interface Query {
  q: string;
  /** Entry ids that must all be in the first three results. */
  top3: string[];
  /** Entry or OPD pages (paths under the base) that must not be in the first three. */
  not?: string[];
  /** The entry that must come first. */
  first?: string;
}

/**
 * Indonesian queries, searched on the Indonesian site. `first`: the entry that must come first
 * (emergency words put the emergency number first).
 */
const INDONESIAN: Query[] = [
  { q: 'KTP', top3: ['anjungan-dukcapil-mandiri'] },
  { q: 'e-KTP', top3: ['anjungan-dukcapil-mandiri'] },
  { q: 'izin usaha', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'] },
  { q: 'NIB', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'] },
  { q: 'perizinan', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'] },
  { q: 'izin', top3: ['mobil-perizinan-keliling'] },
  { q: 'IMB', top3: ['mobil-perizinan-keliling'] },
  { q: 'akta kelahiran', top3: ['akta-keliling'] },
  { q: 'akta kematian', top3: ['akta-keliling'] },
  { q: 'kartu identitas anak', top3: ['kia-jemput-bola'] },
  { q: 'KIA', top3: ['kia-jemput-bola'] },
  { q: 'antrean online KK', top3: ['pendaftaran-online-adminduk'] },
  { q: 'ojek online dokumen', top3: ['sianduk'] },
  { q: 'sampah', top3: ['bank-sampah-unit', 'siap-bank-benpi'] },
  { q: 'bank sampah', top3: ['bank-sampah-unit', 'siap-bank-benpi'] },
  { q: 'perpustakaan', top3: ['i-tangsel'] },
  { q: 'pajak', top3: ['pajak-daerah-online'] },
  { q: 'PBB', top3: ['pajak-daerah-online'] },
  { q: 'darurat', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: '112', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'harga bahan pokok', top3: ['pagar-tangsel'] },
  { q: 'pencari kerja', top3: ['anggur'] },
  { q: 'pengangguran', top3: ['anggur'] },
  { q: 'wisata', top3: ['simparda'] },
  { q: 'ibu hamil', top3: ['si-pandai-kemas'] },
  { q: 'bahasa Inggris', top3: ['tangsel-belajar'] },
  { q: 'pangan', top3: ['rw-mantap'] },
  { q: 'PBG', top3: ['barcode-pbg'] },
  { q: 'surat masuk', top3: ['sisumaker'] },
  { q: 'lapor banjir', top3: ['nomor-panggilan-darurat-112', 'siaran-tangsel'], first: 'nomor-panggilan-darurat-112' },
  { q: 'data jalan', top3: ['simanja'] },
  { q: 'mal pelayanan publik', top3: ['mal-pelayanan-publik'] },
  { q: 'Dukcapil', top3: ['anjungan-dukcapil-mandiri'] },
  { q: 'Serpong Utara', top3: ['siantar-serpong-utara'] },
  { q: 'Pondok Betung', top3: ['sapa-warga-pondok-betung'] },
  // English typed on the Indonesian site (the issue's own examples).
  { q: 'business licence', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'], not: ['opd/rsu-pamulang/'] },
  { q: 'business license', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'], not: ['opd/rsu-pamulang/'] },
  { q: 'waste', top3: ['bank-sampah-unit', 'siap-bank-benpi'] },
  // Everyday sentences and fragments, as residents type them.
  { q: 'cara bikin ktp elektronik', top3: ['ktp-el-sehari-jadi'] },
  { q: 'mau bayar pbb', top3: ['pajak-daerah-online'] },
  { q: 'bikin KTP', top3: ['ktp-el-sehari-jadi'] },
  { q: 'urus akta lahir anak', top3: ['akta-keliling'] },
  { q: 'izin mendirikan bangunan', top3: ['barcode-pbg', 'mobil-perizinan-keliling'] },
  { q: 'buku digital', top3: ['i-tangsel'], not: ['inovasi/bank-sampah-unit/'] },
  { q: 'gimana cara daftar kk online', top3: ['pendaftaran-online-adminduk'] },
  { q: 'ktp hilang', top3: ['anjungan-dukcapil-mandiri'] },
  { q: 'cetak ktp sendiri', top3: ['anjungan-dukcapil-mandiri'] },
  { q: 'kirim dokumen lewat ojol', top3: ['sianduk'] },
  { q: 'kartu anak', top3: ['kia-jemput-bola'] },
  { q: 'bikin kia di sekolah', top3: ['kia-jemput-bola'] },
  { q: 'nabung sampah', top3: ['bank-sampah-unit', 'siap-bank-benpi'] },
  { q: 'harga cabai hari ini', top3: ['pagar-tangsel'] },
  { q: 'lowongan kerja', top3: ['anggur'] },
  { q: 'loker tangsel', top3: ['anggur'] },
  { q: 'lapor jalan rusak', top3: ['siaran-tangsel'] },
  { q: 'pengaduan pkl', top3: ['silapperda'] },
  { q: 'lapor pelanggaran perda', top3: ['silapperda'] },
  { q: 'mobil jenazah', top3: ['mobil-jenazah'] },
  { q: 'ambulans', top3: ['nomor-panggilan-darurat-112', 'mobil-jenazah'], first: 'nomor-panggilan-darurat-112' },
  { q: 'banjir', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'telepon darurat', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'ada kebakaran', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'pajak rumah', top3: ['pajak-daerah-online'] },
  { q: 'bphtb online', top3: ['pajak-daerah-online'] },
  { q: 'perpus online', top3: ['i-tangsel'] },
  { q: 'belajar bahasa inggris gratis', top3: ['tangsel-belajar'] },
  { q: 'info wisata tangsel', top3: ['simparda'] },
  { q: 'periksa ibu hamil', top3: ['si-pandai-kemas'] },
  { q: 'izin usaha di mpp', top3: ['mal-pelayanan-publik'] },
  { q: 'syarat pbg', top3: ['barcode-pbg'] },
  { q: 'lomba inovasi warga', top3: ['lomba-inovasi-ttg'] },
  { q: 'teknologi tepat guna', top3: ['lomba-inovasi-ttg'] },
  { q: 'ketahanan pangan rw', top3: ['rw-mantap'] },
  { q: 'peringatan dini banjir', top3: ['nomor-panggilan-darurat-112', 'ews-banjir-bpbd'], first: 'nomor-panggilan-darurat-112' },
  { q: 'peta bencana', top3: ['nomor-panggilan-darurat-112', 'peta-bencana-bpbd'], first: 'nomor-panggilan-darurat-112' },
  { q: 'persuratan elektronik', top3: ['sisumaker'] },
  // Misspellings and other spellings.
  { q: 'perpustakan', top3: ['i-tangsel'] },
  { q: 'ijin usaha', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'] },
  { q: 'ambulan', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'e ktp', top3: ['anjungan-dukcapil-mandiri'] },
  { q: 'ktp-el', top3: ['ktp-el-sehari-jadi'] },
  { q: 'akte lahir', top3: ['akta-keliling'] },
  { q: 'pajek', top3: ['pajak-daerah-online'] },
];

/** English queries, searched on the English edition (/en/). */
const ENGLISH: Query[] = [
  { q: 'business licence', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'], not: ['en/opd/rsu-pamulang/'] },
  { q: 'business license', top3: ['mal-pelayanan-publik', 'mobil-perizinan-keliling'], not: ['en/opd/rsu-pamulang/'] },
  { q: 'waste', top3: ['bank-sampah-unit', 'siap-bank-benpi'] },
  { q: 'library', top3: ['i-tangsel'] },
  { q: 'birth certificate', top3: ['akta-keliling'] },
  { q: 'emergency', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'property tax', top3: ['pajak-daerah-online'] },
  { q: 'jobs', top3: ['anggur'] },
  { q: 'market prices', top3: ['pagar-tangsel'] },
  { q: 'tourism', top3: ['simparda'] },
  // Questions as residents and visitors ask them.
  { q: 'how do I get a birth certificate', top3: ['akta-keliling'] },
  { q: 'report a broken road', top3: ['siaran-tangsel'] },
  { q: 'I need an ambulance', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'flood', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'where can I pay property tax', top3: ['pajak-daerah-online'] },
  { q: 'how to find a job', top3: ['anggur'] },
  { q: 'digital library app', top3: ['i-tangsel'] },
  { q: 'identity card for children', top3: ['kia-jemput-bola'] },
  { q: 'building permit', top3: ['barcode-pbg', 'mobil-perizinan-keliling'] },
  { q: 'waste bank', top3: ['bank-sampah-unit', 'siap-bank-benpi'] },
  { q: 'food prices at the market', top3: ['pagar-tangsel'] },
  { q: 'where can I learn english', top3: ['tangsel-belajar'] },
  { q: 'health of pregnant mothers', top3: ['si-pandai-kemas'] },
  { q: 'hearse', top3: ['mobil-jenazah'] },
  { q: 'public service mall', top3: ['mal-pelayanan-publik'] },
  { q: 'there is a fire', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'emergency number', top3: ['nomor-panggilan-darurat-112'], first: 'nomor-panggilan-darurat-112' },
  { q: 'death certificate', top3: ['akta-keliling'] },
  { q: 'tourist information', top3: ['simparda'] },
  { q: 'documents delivered by motorbike taxi', top3: ['sianduk'] },
];

const entryIds = new Set(publishedEntries().map((e) => e.id));

interface Opd {
  id: string;
  names: string[];
}
const opds: Opd[] = opdIds().map((id) => {
  const d = parse(readFileSync(join(ROOT, 'content', 'opd', `${id}.yaml`), 'utf8')) as { name: string; abbreviation?: string; aliases?: string[] };
  return { id, names: [...new Set([d.name, d.abbreviation, ...(d.aliases ?? [])].filter((n): n is string => Boolean(n)))] };
});
/** OPD names, which the site searches as exact phrases. */
const phrases = opds.flatMap((o) => o.names);

let server: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await openSearchSite());
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the given language edition and exposes its Pagefind bundle (language from <html lang>). */
async function openIndex(lang: 'id' | 'en') {
  await page.goto(server.url(lang === 'en' ? 'en/' : ''), { waitUntil: 'load' });
  // A string, not a function: vitest would rewrite an import() in the test's own source.
  await page.evaluate(`import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)}).then((m) => { window.pagefindForTest = m; })`);
  await page.waitForFunction(() => 'pagefindForTest' in window);
}

/** Result URLs of a query as the site sends it (all, or the first `limit`), optionally with Pagefind filters. */
function search(typed: string, limit = Infinity, filters?: Record<string, string>): Promise<string[]> {
  const q = searchTerm(typed, phrases);
  return page.evaluate(
    async ([q, limit, filters]) => {
      const pf = (window as unknown as { pagefindForTest: { search: (q: string, o: unknown) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pagefindForTest;
      const found = await pf.search(q, { filters: filters ?? {} });
      return Promise.all(found.results.slice(0, limit).map(async (r) => (await r.data()).url));
    },
    [q, limit === Infinity ? 1e9 : limit, filters] as const,
  );
}

/** What the header box shows for a typed query: the result URLs (at most five), whether they are only the closest matches, and whether nothing was found. */
interface Typed {
  urls: string[];
  partial: boolean;
  none: boolean;
}

/**
 * Types a query into the header search box of the open page, as a resident does, and waits for its
 * live results: the site's own query handling (search rules, OPD names as phrases, word by word
 * when nothing holds every word, the emergency entry first) runs as it does for everyone.
 */
async function typeInHeader(q: string): Promise<Typed> {
  await page.locator('#header-search-q').fill(q);
  await page.waitForFunction((typed) => {
    const form = document.querySelector<HTMLFormElement>('form.header-search');
    const all = form?.querySelector('.header-search-results a.hs-all');
    return all?.getAttribute('href') === `${form!.dataset.searchPage}?${new URLSearchParams({ q: typed.trim() })}`;
  }, q);
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll('.header-search-results ul a')].map((a) => a.getAttribute('href') ?? ''),
    partial: document.querySelector('.header-search-results [data-search-partial]') !== null,
    none: document.querySelector('.header-search-results ul') === null,
  }));
}

function checkQueries(lang: 'id' | 'en', queries: Query[]) {
  const prefix = `${BASE}${lang === 'en' ? 'en/' : ''}`;
  it(`${queries.length} queries each find their entries in the first three`, async () => {
    await page.goto(server.url(lang === 'en' ? 'en/' : ''), { waitUntil: 'load' });
    const failures: string[] = [];
    for (const { q, top3, not = [], first } of queries) {
      for (const id of [...top3, ...(first ? [first] : [])]) expect(entryIds.has(id), `${q}: unknown entry ${id}`).toBe(true);
      const top = (await typeInHeader(q)).urls.slice(0, 3);
      const missing = top3.filter((id) => !top.includes(`${prefix}inovasi/${id}/`));
      const unwanted = not.filter((p) => top.includes(`${BASE}${p}`));
      const notFirst = first && top[0] !== `${prefix}inovasi/${first}/` ? first : '';
      if (missing.length || unwanted.length || notFirst) failures.push(`"${q}" → ${top.join(', ') || '(nothing)'}; missing ${missing.join(', ') || '-'}; unwanted ${unwanted.join(', ') || '-'}${notFirst ? `; not first: ${notFirst}` : ''}`);
    }
    expect(failures).toEqual([]);
  });
}

describe('realistic queries', () => {
  it('number at least 80, with at least 15 English ones', () => {
    expect(INDONESIAN.length + ENGLISH.length).toBeGreaterThanOrEqual(80);
    expect(ENGLISH.length).toBeGreaterThanOrEqual(15);
  });
  describe('Indonesian site', () => checkQueries('id', INDONESIAN));
  describe('English edition', () => checkQueries('en', ENGLISH));
});

/**
 * Queries made of catalogue words that no single page holds together: a word of one entry's
 * title with a word of a title far from it in the list (and with a word no page holds at all).
 */
const titles = publishedEntries().map((e) => [...new Set(String(e.data.title).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4))]);
const mixed = titles.flatMap((words, i) => words.map((w, j) => {
  const other = titles[(i + Math.ceil(titles.length / 2)) % titles.length]!;
  return `${w} ${other[j % other.length]} qzxvw`;
}));
const rulesFile = parse(readFileSync(join(ROOT, 'content', 'search-synonyms.yaml'), 'utf8')) as { emergency: { entry: string; words: string[] } };

describe('no empty page for a query that shares a word with the catalogue', () => {
  it(`${mixed.length} queries mixing words of different titles find the closest pages`, async () => {
    await page.goto(server.url(''), { waitUntil: 'load' });
    const empty: string[] = [];
    let partial = 0;
    for (const q of mixed) {
      const found = await typeInHeader(q);
      if (found.none) empty.push(q);
      if (found.partial) partial += 1;
    }
    expect(mixed.length).toBeGreaterThan(50);
    expect(empty).toEqual([]);
    // Many of these find no page holding every word: the word-by-word search answers them (66 of 193 on the Tangsel build).
    expect(partial).toBeGreaterThan(mixed.length / 5);
  });
});

describe('emergency words', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`put the emergency entry first (${lang})`, async () => {
      await page.goto(server.url(lang === 'en' ? 'en/' : ''), { waitUntil: 'load' });
      const target = `${BASE}${lang === 'en' ? 'en/' : ''}inovasi/${rulesFile.emergency.entry}/`;
      const wrong: string[] = [];
      for (const word of rulesFile.emergency.words) {
        const found = await typeInHeader(word);
        if (found.urls[0] !== target) wrong.push(`${word} → ${found.urls[0] ?? '(nothing)'}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

const entries = publishedEntries().map((e) => ({ id: e.id, opd: e.data.opd as string, collaborators: (e.data.collaborators as string[] | undefined) ?? [] }));

/** Names two OPDs share (a former office both came from, e.g. DPPKAD): they cannot single out one agency. */
const shared = new Set(opds.flatMap((o) => o.names.map((n) => n.toLowerCase())).filter((n, i, all) => all.indexOf(n) !== i));

describe('every name of an OPD', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`finds the same innovations, owned and joined ones included, and the OPD's page (${lang})`, async () => {
      await openIndex(lang);
      const prefix = `${BASE}${lang === 'en' ? 'en/' : ''}`;
      const problems: string[] = [];
      const setOf = new Map<string, string[]>();
      for (const opd of opds) {
        const involved = entries.filter((e) => e.opd === opd.id || e.collaborators.includes(opd.id)).map((e) => `${prefix}inovasi/${e.id}/`).sort();
        const sets = new Map<string, string[]>();
        for (const name of opd.names) {
          const all = await search(name);
          if (!all.includes(`${prefix}opd/${opd.id}/`)) problems.push(`${opd.id}: "${name}" does not find the OPD page`);
          const innovations = (await search(name, Infinity, { halaman: 'inovasi' })).sort();
          const lost = involved.filter((h) => !innovations.includes(h));
          if (lost.length) problems.push(`${opd.id}: "${name}" misses ${lost.join(', ')}`);
          if (!shared.has(name.toLowerCase())) sets.set(name, innovations);
          else setOf.set(name.toLowerCase(), innovations);
        }
        const [first, ...rest] = [...sets.entries()];
        if (first) setOf.set(`#${opd.id}`, first[1]);
        for (const [name, set] of rest) {
          if (set.join() !== first![1].join()) problems.push(`${opd.id}: "${first![0]}" → ${first![1].length} [${first![1].join(', ')}] but "${name}" → ${set.length} [${set.join(', ')}]`);
        }
      }
      // A shared name finds what each of its OPDs' own names find, together.
      for (const name of shared) {
        const union = [...new Set(opds.filter((o) => o.names.some((n) => n.toLowerCase() === name)).flatMap((o) => setOf.get(`#${o.id}`) ?? []))].sort();
        if (setOf.get(name)!.join() !== union.join()) problems.push(`shared name "${name}" → [${setOf.get(name)!.join(', ')}], its OPDs' names → [${union.join(', ')}]`);
      }
      expect(shared.size, 'content has a shared alias (DPPKAD); without one this part checks nothing').toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
});
