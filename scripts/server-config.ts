/**
 * npm run server-config -- --server nginx|apache --root DIR [--listen HOST:PORT] [--base /etalase/] [--dist DIR]
 * Prints the web server configuration for a built site, from the same rules table that writes
 * dist/_headers (src/lib/server-rules.ts); the CSPs are read from the built pages in --dist
 * (default: --root, else dist/). --root is where the site's files live on the server.
 * npm run server-config -- --check FILE [--dist DIR] [--base /etalase/]
 * Exits 1 when an installed configuration lacks a header value this build needs (a CSP whose
 * hashes changed with the site's code): the deploy workflow runs it before switching releases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sitePolicies } from '../src/integrations/security-headers.ts';
import { apacheConfig, headerRules, nginxConfig } from '../src/lib/server-rules.ts';

const USAGE = `Pemakaian: npm run server-config -- --server nginx|apache --root FOLDER [--listen HOST:PORT] [--base /etalase/] [--dist FOLDER]
Mencetak konfigurasi server web untuk situs yang sudah dibangun, dari aturan yang sama dengan dist/_headers.
--server   nginx (blok server untuk /etc/nginx/conf.d/) atau apache (Listen + VirtualHost untuk /etc/apache2/sites-available/)
--root     folder berkas situs di server (isi dist/), mis. /srv/etalase/current
--listen   alamat dan port, mis. 127.0.0.1:8080 atau 80 (bawaan: 80)
--base     sub-path situs bila tidak di akar domain, sama dengan BASE_PATH saat build (bawaan: /)
--dist     folder hasil build di mesin ini, tempat CSP dibaca (bawaan: --root bila berisi situs, selain itu dist/)
--check BERKAS  memeriksa konfigurasi yang sudah terpasang: gagal bila ada nilai header build ini (mis. CSP
           yang hash-nya berubah karena kode situs berubah) yang tidak ada di berkas itu`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let flags: { server?: string; root?: string; listen?: string; base?: string; dist?: string; check?: string; help?: boolean };
try {
  flags = parseArgs({
    options: { server: { type: 'string' }, root: { type: 'string' }, listen: { type: 'string' }, base: { type: 'string' }, dist: { type: 'string' }, check: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (e) {
  fail(`${(e as Error).message.replace(/^Unknown option/, 'flag tidak dikenal')}\n${USAGE}`);
}
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!flags.check && flags.server !== 'nginx' && flags.server !== 'apache') fail(`--server harus nginx atau apache.\n${USAGE}`);
if (!flags.check && !flags.root) fail(`--root (folder berkas situs di server) wajib diisi.\n${USAGE}`);
const base = flags.base ?? '/';
if (!/^\/([\w.-]+\/)*$/.test(base)) fail(`--base "${base}" harus diawali dan diakhiri garis miring, mis. /etalase/.`);
const listen = flags.listen ?? '80';
if (!/^(\S+:)?\d{1,5}$/.test(listen)) fail(`--listen "${listen}" harus berbentuk HOST:PORT atau PORT, mis. 127.0.0.1:8080.`);

const root = resolve(flags.root ?? 'dist');
const dist = resolve(flags.dist ?? (existsSync(join(root, 'index.html')) ? root : 'dist'));
const headersPath = join(dist, '_headers');
if (!existsSync(headersPath)) fail(`${dist} belum berisi situs yang dibangun (tidak ada _headers); jalankan npm run build:deploy dulu, atau tunjuk foldernya dengan --dist.`);
// The pages' links were built for one base path: a config for another would serve broken pages.
const builtBase = readFileSync(headersPath, 'utf8').split('\n', 1)[0]!.replace(/\*$/, '');
if (builtBase !== base) fail(`${dist} dibangun untuk base path ${builtBase}, bukan ${base}; pakai --base ${builtBase} atau bangun ulang dengan BASE_PATH=${base}.`);

const rules = headerRules(sitePolicies(dist));
if (flags.check) {
  if (!existsSync(flags.check)) fail(`Berkas konfigurasi ${flags.check} tidak ditemukan.`);
  const installed = readFileSync(flags.check, 'utf8');
  const missing = rules.flatMap((r) => Object.entries(r.headers).filter(([, value]) => !installed.includes(value)).map(([name]) => `${name} untuk ${base}${r.path}`));
  if (missing.length) {
    fail(`${flags.check} tidak cocok dengan build di ${dist}: nilai ${[...new Set(missing)].join(', ')} tidak ada atau sudah berubah (CSP berubah bila kode situs berubah). Buat ulang dengan npm run server-config, pasang, lalu muat ulang server web sebelum rilis ini diaktifkan.`);
  }
  console.log(`✓ ${flags.check} cocok dengan build di ${dist}.`);
  process.exit(0);
}
const command = `npm run server-config -- ${process.argv.slice(2).join(' ')}`;
process.stdout.write(flags.server === 'nginx' ? nginxConfig(rules, { root, base, listen }, command) : apacheConfig(rules, { root, base, listen }, command));
