/**
 * Reuse by another pemda: a content folder for a made-up regency (its own site.yaml, two OPDs,
 * one entry, no claims, no glossary notes) builds, and nothing of Kota Tangerang Selatan appears
 * anywhere in its output — region facts live in content/, not in code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { buildContent } from '../helpers/builds.ts';

const SOURCE = `  - id: berita-contoh
    title: Pemkab Contoh Luncurkan Layanan Antar Akta
    url: https://berita.contoh.co.id/antar-akta
    publisher: Berita Contoh
    date: 2024-05-02
`;

const FILES: Record<string, string> = {
  'site.yaml': `name: Etalase Inovasi
government: Pemerintah Kabupaten Contoh
region: Kabupaten Contoh
regionShort: Contoh
tagline: Inovasi pelayanan publik Kabupaten Contoh.
description: Katalog inovasi pelayanan publik perangkat daerah Kabupaten Contoh beserta sumbernya.
website: https://contohkab.go.id
licence:
  name: CC BY 4.0
  url: https://creativecommons.org/licenses/by/4.0/deed.id
`,
  'opd/disdukcapil.yaml': `name: Dinas Kependudukan dan Pencatatan Sipil
nameEn: Population and Civil Registration Office
abbreviation: Disdukcapil
type: dinas
sources:
${SOURCE}`,
  'opd/kecamatan-kota.yaml': `name: Kecamatan Kota Contoh
nameEn: Kota Contoh District
type: kecamatan
sources:
${SOURCE}`,
  'innovations/antar-akta.md': `---
title: Antar Akta Contoh
summary: Akta kelahiran yang sudah jadi diantar ke rumah warga Kabupaten Contoh.
titleEn: Birth certificate delivery
summaryEn: Finished birth certificates are delivered to residents' homes.
opd: disdukcapil
collaborators: [kecamatan-kota]
tahapan: penerapan
jenis: non-digital
bentuk: pelayanan-publik
urusan: administrasi-kependudukan
launched: 2024-05
status: berjalan
lastVerified: 2024-05-02
statusSource: berita-contoh
confidence: satu-sumber
howToUse:
  where: [Kantor Disdukcapil Kabupaten Contoh]
  sources: [berita-contoh]
sources:
${SOURCE}---

## Latar belakang

Warga harus kembali ke kantor dinas untuk mengambil akta.

## Solusi

Akta yang sudah jadi diantar petugas ke rumah warga.

## Manfaat

Warga tidak perlu datang lagi ke kantor dinas.
`,
};

const TEXT = new Set(['.html', '.xml', '.json', '.js', '.mjs', '.css', '.txt', '.csv', '.webmanifest', '.svg', '']);

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return textFiles(path);
    return TEXT.has(extname(d.name)) ? [path] : [];
  });
}

let work: string;
let out: string;
let log = '';
let status: number | null = null;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-region-'));
  const content = join(work, 'content');
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(content, name, '..'), { recursive: true });
    writeFileSync(join(content, name), text);
  }
  out = join(work, 'dist');
  ({ status, log } = buildContent(content, out, join(work, 'cache')));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build for another region', () => {
  it('builds the other region’s entry and OPD pages', () => {
    expect(status, log.slice(-3000)).toBe(0);
    expect(readFileSync(join(out, 'inovasi', 'antar-akta', 'index.html'), 'utf8')).toContain('Antar Akta Contoh');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Kabupaten Contoh');
  });

  it('prints nothing of Kota Tangerang Selatan in any page, feed, data file or script', () => {
    const files = textFiles(out);
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const m = /.{0,60}(Tangerang Selatan|Tangsel).{0,60}/i.exec(text);
      return m ? [`${relative(out, file)}: …${m[0]}…`] : [];
    });
    expect(leaks).toEqual([]);
  });
});
