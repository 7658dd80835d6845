/**
 * The web editor at /admin/ (Sveltia CMS, served from the pinned npm package, never a CDN):
 * after the build, writes
 *   admin/index.html, admin/config.yml   the editor on the forge of content/site.yaml (GitHub, GitLab,
 *                                        Gitea/Forgejo; editorial workflow: a branch and a review
 *                                        request per entry), or a page saying how to connect it;
 *   admin/coba/…                         practice mode (Sveltia's test backend: files stay in this
 *                                        browser), seeded with the real catalogue and OPD registry;
 *   admin/admin-checks.js                the preSave check: what validate refuses cannot be saved;
 *   admin/sveltia-cms.js (+ chunks/)     the editor itself.
 * The admin pages carry their own CSP (Sveltia needs inline styles); the public pages keep theirs.
 * They are noindex, not in the sitemap (not Astro pages) and not in the search index (no
 * data-pagefind-body).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { afterSavingLines, cmsConfig, cmsConfigYaml, collectionLabelPaths, editorSettings, forgeOrigins, type EditorSettings } from '../authoring/cms-config.ts';
import { loadSite } from '../lib/site.ts';
import { ADMIN_DIR } from '../lib/server-rules.ts';

/** The editor's folder under the base path; defined beside the server rules that give it its own headers. */
export { ADMIN_DIR };
export const PRACTICE_DIR = 'coba';
/** Folder of the test backend's files in the browser's origin-private file system (Sveltia's name). */
export const PRACTICE_FS_ROOT = 'sveltia-cms-test';

/** The editor pages' Content-Security-Policy: the public one's, plus inline styles and the forge's API. */
export function adminCsp(settings: EditorSettings = {}): string {
  const forge = forgeOrigins(settings).join(' ');
  const avatars = (settings.backend ?? 'github') === 'github' ? ' https://avatars.githubusercontent.com https://raw.githubusercontent.com' : ` ${forge}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${avatars}`,
    "media-src 'self' blob:",
    `connect-src 'self' blob: data: ${forge}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface PageOptions {
  title: string;
  csp: string;
  head?: string;
  body: string;
}

export function adminPage({ title, csp, head = '', body }: PageOptions): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">
<title>${escapeHtml(title)}</title>
${head}</head>
<body>
${body}
</body>
</html>
`;
}

/** Where the npm package keeps the browser build. */
function sveltiaDist(): string {
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  return resolve(dirname(entry), '..', 'dist');
}

/**
 * Fonts the editor would load from a CDN, served instead from the same pinned versions on npm
 * (Fontsource packages): the editor's icons are a font, and the CSP allows no other origin.
 */
export const EDITOR_FONTS = [
  { cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2', file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2' },
  { cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2', file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2' },
  { cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2', file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2' },
] as const;

/**
 * The editor script, its fonts served from here (a CDN font URL the editor has and we do
 * not map fails the build, so an upgrade of @sveltia/cms cannot silently bring one back),
 * without its source-map comment (the 8 MB map is not published).
 */
function copyEditor(to: string, base: string, root: string) {
  const dist = sveltiaDist();
  const strip = (text: string) => text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  let script = strip(readFileSync(join(dist, 'sveltia-cms.js'), 'utf8'));
  mkdirSync(join(to, 'fonts'), { recursive: true });
  for (const font of EDITOR_FONTS) {
    const name = font.file.split('/').pop()!;
    writeFileSync(join(to, 'fonts', name), readFileSync(join(root, 'node_modules', font.file)));
    script = script.replaceAll(font.cdn, `${base}${ADMIN_DIR}/fonts/${name}`);
  }
  const left = script.match(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^`'")\s]+/);
  if (left) throw new Error(`Editor web: @sveltia/cms memuat fon dari CDN (${left[0]}); tambahkan paket Fontsource-nya ke EDITOR_FONTS di src/integrations/cms-admin.ts.`);
  script = serveModulesHere(script, to, base);
  writeFileSync(join(to, 'sveltia-cms.js'), script);
  mkdirSync(join(to, 'chunks'), { recursive: true });
  for (const f of readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'))) {
    writeFileSync(join(to, 'chunks', f), strip(readFileSync(join(dist, 'chunks', f), 'utf8')));
  }
}

/**
 * Libraries the editor imports at runtime from unpkg.com (by package name and the range it was
 * built against), served from here instead: Immutable.js, without which Sveltia skips the
 * preSave hook (the CSP blocks unpkg). The copy is the one npm installed for @sveltia/cms.
 */
export const EDITOR_MODULES = [{ name: 'immutable', file: 'dist/immutable.es.js' }] as const;
const UNPKG_TEMPLATE = '`https://unpkg.com/${e}`';

function serveModulesHere(script: string, to: string, base: string): string {
  if (!script.includes(UNPKG_TEMPLATE)) throw new Error('Editor web: @sveltia/cms tidak lagi memuat pustaka dari unpkg dengan cara yang dikenal; periksa EDITOR_MODULES di src/integrations/cms-admin.ts.');
  const require = createRequire(join(sveltiaDist(), 'sveltia-cms.js'));
  for (const mod of EDITOR_MODULES) {
    const pin = new RegExp(`${mod.name}:\`\\^?([\\d.]+)\``).exec(script)?.[1];
    if (!pin) throw new Error(`Editor web: versi ${mod.name} yang dipakai @sveltia/cms tidak ditemukan; periksa EDITOR_MODULES di src/integrations/cms-admin.ts.`);
    const dir = dirname(require.resolve(`${mod.name}/package.json`));
    const out = join(to, 'vendor', `${mod.name}@${pin}`, mod.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, readFileSync(join(dir, mod.file)));
  }
  return script.replace(UNPKG_TEMPLATE, `\`${base}${ADMIN_DIR}/vendor/\${e}\``);
}

/**
 * A source without "kind" is a news page (the schema's default); the editor's source form picks
 * its fields by "kind", so the seed writes it out (indented "- id:" items of a sources list).
 */
export function withExplicitKind(text: string): string {
  return text.replace(/^(\s*)sources:\n((?:\1[ -].*\n?)*)/gm, (block: string, indent: string, items: string) => {
    const out = items.replace(/^(\s*)- (?!kind:)(\w+:)/gm, (item: string, pad: string, first: string) => {
      return `${pad}- kind: berita\n${pad}  ${first}`;
    });
    return `${indent}sources:\n${out}`;
  });
}

/**
 * Practice-mode seed: the real catalogue (entries and OPD registry) as in content/, so staff
 * rehearse updating an existing entry and "OPD pemilik" can be chosen. Entries and OPD files
 * whose sources have no "kind" get the default written out (see withExplicitKind).
 */
export function practiceSeed(contentDir: string): Record<string, string> {
  const folder = (name: string, exts: string[]) => {
    const dir = join(contentDir, name);
    return readdirSync(dir)
      .filter((f) => exts.some((e) => f.endsWith(e)) && !f.startsWith('_'))
      .sort()
      .map((f) => [`content/${name}/${f}`, withExplicitKind(readFileSync(join(dir, f), 'utf8'))] as const);
  };
  return Object.fromEntries([...folder('innovations', ['.md', '.mdx']), ...folder('opd', ['.yaml'])]);
}

/**
 * The preSave check (src/client/admin-checks.ts) bundled for the browser with esbuild (Vite's
 * and Astro's own), with the editor labels of each collection's fields built in.
 */
export async function bundleAdminChecks(root: string, config: Record<string, unknown>): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(root, 'src', 'client', 'admin-checks.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __LABEL_PATHS__: JSON.stringify(collectionLabelPaths(config)) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Browser script of practice mode: writes the seed into the test backend's folder, then starts the editor. */
export function practiceScript(seed: Record<string, string>): string {
  return `// Dibuat saat build (src/integrations/cms-admin.ts): mode latihan editor web.
const SEED = ${JSON.stringify(seed)};
async function writeFile(root, path, text) {
  const parts = path.split('/');
  const name = parts.pop();
  let dir = root;
  for (const p of parts) dir = await dir.getDirectoryHandle(p, { create: true });
  const handle = await dir.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  await w.write(text);
  await w.close();
}
const start = (src) => new Promise((resolve) => {
  const s = document.createElement('script');
  s.src = src;
  s.onload = resolve;
  document.body.append(s);
});
(async () => {
  try {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(${JSON.stringify(PRACTICE_FS_ROOT)}, { create: true });
    for (const [path, text] of Object.entries(SEED)) await writeFile(root, path, text);
  } catch (e) {
    console.error('Mode latihan: katalog tidak dapat disiapkan', e);
  }
  await start('../sveltia-cms.js');
  await start('../admin-checks.js');
})();
`;
}

/**
 * The three lines on what happens after saving, under the editor's sign-in box (removed by
 * admin-checks.js once the editor is open, where the entry list repeats them).
 */
export function afterSavingNote(settings: EditorSettings): string {
  const lines = afterSavingLines(settings).map(escapeHtml).join('<br>');
  return `<aside id="setelah-simpan" role="note" style="position:fixed;left:0;right:0;bottom:0;z-index:1;padding:.75rem 1rem;background:#fff8e1;border-top:1px solid #e0c97a;font:15px/1.45 system-ui,sans-serif;color:#222">${lines}</aside>`;
}

function notConnectedPage(csp: string, settings: EditorSettings): string {
  return adminPage({
    title: 'Editor web — belum dihubungkan',
    csp,
    body: `<main>
<h1>Editor web belum dihubungkan ke repositori</h1>
<p>Editor ini membuka permintaan tinjauan (<em>pull request</em> atau <em>merge request</em>) di repositori tempat isi situs disimpan, di GitHub, GitLab atau Gitea/Forgejo. Pengelola situs perlu mengisi blok <code>editor</code> (layanan, repositori, cara masuk) di <code>content/site.yaml</code>; langkahnya ada di CONTRIBUTING.md.</p>
<p>Sementara itu, Anda dapat <a href="${PRACTICE_DIR}/">mencoba editor dalam mode latihan</a>: isian disimpan di peramban ini saja dan tidak diterbitkan.</p>
<h2>Setelah Anda menyimpan di editor web</h2>
<p id="setelah-simpan">${afterSavingLines(settings).map(escapeHtml).join('<br>')}</p>
</main>`,
  });
}

export default function cmsAdmin(options: { contentDir?: string } = {}): AstroIntegration {
  let site: string | undefined;
  let root = process.cwd();
  let base = '/';
  return {
    name: 'etalase:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const contentFolder = options.contentDir ?? process.env.CONTENT_DIR ?? 'content';
        const contentDir = resolve(root, contentFolder);
        const siteData = loadSite(root, contentFolder);
        const out = join(fileURLToPath(dir), ADMIN_DIR);
        const practiceOut = join(out, PRACTICE_DIR);
        mkdirSync(practiceOut, { recursive: true });
        copyEditor(out, base, root);

        const settings = editorSettings(siteData, site);
        const repo = settings.repo;
        const csp = adminCsp(settings);
        const editorHead = '<link href="config.yml" type="application/yaml" rel="cms-config-url">\n';
        writeFileSync(join(out, 'admin-checks.js'), await bundleAdminChecks(root, cmsConfig({ ...settings, practice: true })));
        if (repo) {
          writeFileSync(join(out, 'config.yml'), cmsConfigYaml(settings));
          writeFileSync(join(out, 'index.html'), adminPage({ title: 'Editor web — Etalase Inovasi', csp, head: editorHead, body: `${afterSavingNote(settings)}\n<script src="sveltia-cms.js"></script>\n<script src="admin-checks.js"></script>` }));
        } else {
          writeFileSync(join(out, 'index.html'), notConnectedPage(csp, settings));
        }
        writeFileSync(join(practiceOut, 'config.yml'), cmsConfigYaml({ ...settings, practice: true }));
        writeFileSync(join(practiceOut, 'latihan.js'), practiceScript(practiceSeed(contentDir)));
        writeFileSync(
          join(practiceOut, 'index.html'),
          adminPage({ title: 'Latihan editor web — Etalase Inovasi', csp, head: editorHead, body: `${afterSavingNote({ ...settings, practice: true })}\n<script src="latihan.js"></script>` }),
        );
        logger.info(repo ? `Editor web di /${ADMIN_DIR}/ untuk ${repo} di ${settings.backend} (+ mode latihan).` : `Editor web: repository belum diisi di site.yaml; /${ADMIN_DIR}/ menjelaskan caranya, mode latihan di /${ADMIN_DIR}/${PRACTICE_DIR}/.`);
      },
    },
  };
}
