/**
 * npm run release [-- --dist DIR] [--out DIR]
 * Packs a deploy build (npm run build:deploy) for IT teams who copy files by hand:
 * <out>/etalase-<YYYY-MM-DD>.tar.gz (the contents of dist/, hidden .htaccess included, files in
 * name order with neutral owners) and <out>/SHA256SUMS (one line per archive, `sha256sum -c`
 * format; lines of earlier archives are kept). Refuses a build whose URLs are localhost.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { LOCAL_SITE } from '../src/lib/site-url.ts';

const USAGE = `Pemakaian: npm run release [-- --dist FOLDER] [--out FOLDER]
Mengemas situs hasil npm run build:deploy menjadi etalase-<tanggal>.tar.gz beserta SHA256SUMS.
--dist   folder hasil build (bawaan: dist)
--out    folder tujuan arsip (bawaan: rilis)`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let flags: { dist?: string; out?: string; help?: boolean };
try {
  flags = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const dist = resolve(flags.dist ?? 'dist');
const out = resolve(flags.out ?? 'rilis');
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, '_headers'))) fail(`${dist} belum berisi situs yang dibangun; jalankan dulu: SITE_URL=https://<domain> npm run build:deploy`);
const robots = existsSync(join(dist, 'robots.txt')) ? readFileSync(join(dist, 'robots.txt'), 'utf8') : '';
if (robots.includes(LOCAL_SITE)) fail(`${dist} dibangun tanpa SITE_URL (alamatnya ${LOCAL_SITE}); bangun ulang dengan: SITE_URL=https://<domain> npm run build:deploy`);

const date = new Date().toISOString().slice(0, 10);
const archive = join(out, `etalase-${date}.tar.gz`);
mkdirSync(out, { recursive: true });
// GNU tar (Debian): names sorted and owners neutral, so the same build packs the same file list.
const tar = spawnSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-czf', archive, '-C', dist, '.'], { encoding: 'utf8' });
if (tar.status !== 0) fail(`tar gagal membuat ${archive}: ${tar.stderr.trim()}`);

const sum = createHash('sha256').update(readFileSync(archive)).digest('hex');
const sumsFile = join(out, 'SHA256SUMS');
const name = basename(archive);
const kept = existsSync(sumsFile) ? readFileSync(sumsFile, 'utf8').split('\n').filter((l) => l.trim() && !l.endsWith(`  ${name}`)) : [];
writeFileSync(sumsFile, [...kept, `${sum}  ${name}`].join('\n') + '\n');
console.log(`✓ ${archive} (${(readFileSync(archive).length / 1024 / 1024).toFixed(1)} MB)\n✓ ${sumsFile}: ${sum}\nPeriksa di server: cd ${basename(out)} && sha256sum -c SHA256SUMS`);
