/**
 * Builds the Pagefind search index over dist/ after every build, through the Node API.
 * Pages are fed one by one (indexableHtml restores word boundaries compressHTML removed);
 * only pages with data-pagefind-body are sent, since Pagefind ignores the others anyway.
 * Any indexing error, a page Pagefind did not take, or an index in another language than
 * the site's fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexableHtml } from '../lib/search-facets.ts';
import { LANGS } from '../i18n/index.ts';

const BATCH = 32;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`pagefind${sep}`))
    .sort();
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'etalase:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) throw new Error(`Pagefind gagal dimulai: ${errors.join('; ')}`);

          // Read, fix and send pages a batch at a time: the whole site is never held in memory.
          let added = 0;
          const files = await htmlFiles(site);
          for (let i = 0; i < files.length; i += BATCH) {
            const batch: { sourcePath: string; content: string }[] = [];
            for (const file of files.slice(i, i + BATCH)) {
              const html = await readFile(file, 'utf8');
              if (html.includes('data-pagefind-body')) batch.push({ sourcePath: relative(site, file).split(sep).join('/'), content: indexableHtml(html) });
            }
            const results = await Promise.all(batch.map((page) => index.addHTMLFile(page)));
            results.forEach((r, n) => {
              if (r.errors.length) throw new Error(`Pagefind gagal mengindeks ${batch[n]!.sourcePath}: ${r.errors.join('; ')}`);
            });
            added += results.length;
          }
          if (added === 0) throw new Error('Pagefind: tidak ada halaman dengan data-pagefind-body; halaman inovasi dan OPD seharusnya memilikinya.');

          const outputPath = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);

          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const languages = Object.keys(entry.languages);
          const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          const expected = [...LANGS].sort();
          if (languages.slice().sort().join(',') !== expected.join(',')) {
            throw new Error(`Pagefind: indeks berbahasa ${languages.join(', ')}, seharusnya tepat ${expected.join(' dan ')} (atribut lang pada <html>); tanpa itu pencarian tidak memakai stemming bahasa Indonesia.`);
          }
          if (indexed !== added) throw new Error(`Pagefind: ${added} halaman dikirim, tetapi hanya ${indexed} yang masuk indeks.`);
          logger.info(`Pagefind: ${indexed} halaman diindeks (bahasa ${languages.join(', ')}).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
