/**
 * The Pagefind Component UI bundles its interface strings in 44 languages (≈ 13 kB of the
 * /cari/ script, gzip, issue 16); the site is shown in its i18n locales only. In `astro build`
 * this drops the other languages' string tables from the module, keeping the site's locales
 * and English (the Component UI's fallback for any other page language). The Component UI
 * picks its table by the page's `<html lang>`, so what /cari/ shows is unchanged. A Component
 * UI release laid out differently fails the build with a message, rather than shipping a
 * broken or untrimmed module.
 */
import type { AstroIntegration } from 'astro';

const MODULE = /[\\/]@pagefind[\\/]component-ui[\\/]npm_dist[\\/]mjs[\\/]component-ui\.mjs$/;
/** One language's table: from its `// ../translations/xx.json` banner to the next banner. */
const TABLE = /^\/\/ \.\.\/translations\/([a-z-]+)\.json\n[\s\S]*?(?=^\/\/ )/gm;
const MODULES = /^var modules = \[([^\]]*)\];$/m;
const FILENAMES = /^var filenames = \[([^\]]*)\];$/m;

function layoutChanged(what: string): Error {
  return new Error(`etalase:pagefind-languages: susunan @pagefind/component-ui berubah (${what}); perbarui src/integrations/pagefind-languages.ts atau hapus integrasi ini dari astro.config.mjs.`);
}

/** The Component UI module with only the string tables of `keep` (and English). */
export function keepTranslations(code: string, keep: readonly string[]): string {
  const kept = new Set([...keep.map((l) => l.toLowerCase()), 'en']);
  const modules = MODULES.exec(code);
  const filenames = FILENAMES.exec(code);
  if (!modules || !filenames) throw layoutChanged('daftar modules/filenames terjemahan tidak ditemukan');
  const names = modules[1]!.split(',').map((s) => s.trim());
  const files = filenames[1]!.split(',').map((s) => s.trim());
  const langs = files.map((f) => /^"\.\.\/\.\.\/translations\/([a-z-]+)\.json"$/.exec(f)?.[1]);
  if (names.length !== files.length || langs.some((l, i) => !l || names[i] !== `${l.replace(/-/g, '_')}_exports`)) throw layoutChanged('modules dan filenames tidak sejajar');
  const tables = new Set([...code.matchAll(TABLE)].map((m) => m[1]!));
  if (langs.some((l) => !tables.has(l!)) || !langs.includes('en')) throw layoutChanged('tabel terjemahan tidak ditemukan');
  const keepIndex = langs.map((l) => kept.has(l!));
  const out = code
    .replace(TABLE, (table, lang: string) => (kept.has(lang) ? table : ''))
    .replace(MODULES, `var modules = [${names.filter((_, i) => keepIndex[i]).join(', ')}];`)
    .replace(FILENAMES, `var filenames = [${files.filter((_, i) => keepIndex[i]).join(', ')}];`);
  const left = langs.filter((l, i) => !keepIndex[i] && new RegExp(`\\b${l!.replace(/-/g, '_')}_(exports|default)\\b`).test(out));
  if (left.length) throw layoutChanged(`${left.join(', ')} masih dirujuk`);
  return out;
}

export default function pagefindLanguages(): AstroIntegration {
  return {
    name: 'etalase:pagefind-languages',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const locales = (config.i18n?.locales ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.codes));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'etalase:pagefind-languages',
                transform(code: string, id: string) {
                  return MODULE.test(id.split('?')[0]!) ? { code: keepTranslations(code, locales), map: null } : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
