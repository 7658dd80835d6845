/**
 * The web editor at /admin/ (Sveltia CMS, served from the pinned npm package, never a CDN):
 * after the build, writes
 *   admin/index.html, admin/config.yml   the editor on the GitHub repository of content/site.yaml
 *                                        (editorial workflow: a branch and a pull request per entry),
 *                                        or a page saying how to connect it when no repository is set;
 *   admin/coba/…                         practice mode (Sveltia's test backend: files stay in this
 *                                        browser), seeded with the OPD registry so relations work;
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
import { cmsConfigYaml, githubRepo, type EditorSettings } from '../authoring/cms-config.ts';
import { loadSite } from '../lib/site.ts';
import { ADMIN_DIR } from '../lib/server-rules.ts';

/** The editor's folder under the base path; defined beside the server rules that give it its own headers. */
export { ADMIN_DIR };
export const PRACTICE_DIR = 'coba';
/** Folder of the test backend's files in the browser's origin-private file system (Sveltia's name). */
export const PRACTICE_FS_ROOT = 'sveltia-cms-test';

/** The editor pages' Content-Security-Policy: the public one's, plus inline styles and GitHub's API. */
export function adminCsp(authUrl?: string): string {
  const auth = authUrl ? ` ${new URL(authUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "media-src 'self' blob:",
    `connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com${auth}`,
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
  writeFileSync(join(to, 'sveltia-cms.js'), script);
  mkdirSync(join(to, 'chunks'), { recursive: true });
  for (const f of readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'))) {
    writeFileSync(join(to, 'chunks', f), strip(readFileSync(join(dist, 'chunks', f), 'utf8')));
  }
}

/** Practice-mode seed: the OPD registry files, so "OPD pemilik" can be chosen. */
export function practiceSeed(contentDir: string): Record<string, string> {
  const dir = join(contentDir, 'opd');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [`content/opd/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
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
(async () => {
  try {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(${JSON.stringify(PRACTICE_FS_ROOT)}, { create: true });
    for (const [path, text] of Object.entries(SEED)) await writeFile(root, path, text);
  } catch (e) {
    console.error('Mode latihan: daftar OPD tidak dapat disiapkan', e);
  }
  const s = document.createElement('script');
  s.src = '../sveltia-cms.js';
  document.body.append(s);
})();
`;
}

function notConnectedPage(csp: string): string {
  return adminPage({
    title: 'Editor web — belum dihubungkan',
    csp,
    body: `<main>
<h1>Editor web belum dihubungkan ke repositori</h1>
<p>Editor ini membuat <em>pull request</em> di repositori GitHub tempat isi situs disimpan. Pengelola situs perlu mengisi <code>repository</code> (alamat repositori GitHub) dan, bila memakai proxy OAuth, <code>editor.authUrl</code> di <code>content/site.yaml</code>; langkahnya ada di CONTRIBUTING.md.</p>
<p>Sementara itu, Anda dapat <a href="${PRACTICE_DIR}/">mencoba editor dalam mode latihan</a>: isian disimpan di peramban ini saja dan tidak diterbitkan.</p>
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
      'astro:build:done': ({ dir, logger }) => {
        const contentFolder = options.contentDir ?? process.env.CONTENT_DIR ?? 'content';
        const contentDir = resolve(root, contentFolder);
        const siteData = loadSite(root, contentFolder);
        const out = join(fileURLToPath(dir), ADMIN_DIR);
        const practiceOut = join(out, PRACTICE_DIR);
        mkdirSync(practiceOut, { recursive: true });
        copyEditor(out, base, root);

        const repo = githubRepo(siteData.repository);
        const settings: EditorSettings = { repo, branch: siteData.editor?.branch, authUrl: siteData.editor?.authUrl, siteUrl: site };
        const csp = adminCsp(settings.authUrl);
        const editorHead = '<link href="config.yml" type="application/yaml" rel="cms-config-url">\n';
        if (repo) {
          writeFileSync(join(out, 'config.yml'), cmsConfigYaml(settings));
          writeFileSync(join(out, 'index.html'), adminPage({ title: 'Editor web — Etalase Inovasi', csp, head: editorHead, body: '<script src="sveltia-cms.js"></script>' }));
        } else {
          writeFileSync(join(out, 'index.html'), notConnectedPage(csp));
        }
        writeFileSync(join(practiceOut, 'config.yml'), cmsConfigYaml({ ...settings, practice: true }));
        writeFileSync(join(practiceOut, 'latihan.js'), practiceScript(practiceSeed(contentDir)));
        writeFileSync(
          join(practiceOut, 'index.html'),
          adminPage({ title: 'Latihan editor web — Etalase Inovasi', csp, head: editorHead, body: '<script src="latihan.js"></script>' }),
        );
        logger.info(repo ? `Editor web di /${ADMIN_DIR}/ untuk ${repo} (+ mode latihan).` : `Editor web: repository belum diisi di site.yaml; /${ADMIN_DIR}/ menjelaskan caranya, mode latihan di /${ADMIN_DIR}/${PRACTICE_DIR}/.`);
      },
    },
  };
}
