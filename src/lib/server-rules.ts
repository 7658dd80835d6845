/**
 * How a web server must serve the built site: one table of header rules and file types,
 * rendered three ways — dist/_headers (Netlify, Cloudflare Pages), an nginx `server` block
 * and an Apache 2.4 `<VirtualHost>` (or dist/.htaccess). Never hand-copied: the build writes
 * _headers and .htaccess from it, `npm run server-config` prints the server configs from it.
 *
 * Semantics (the same in all three outputs): every rule whose path matches a request sets its
 * headers; a later matching rule replaces a header an earlier one set. Paths are under the
 * base path, in _headers syntax: "*" matches any characters, "/" included.
 */

export interface HeaderRule {
  /** Path under the base path; "*" matches any characters. */
  path: string;
  /** Headers set on every response (404 included) whose path matches. */
  headers: Record<string, string>;
}

export interface SitePolicies {
  /** Content-Security-Policy of the public pages (union of their meta CSPs). */
  csp: string;
  /** The web editor's own policy, when the build has an editor. */
  adminCsp?: string;
}

/** Folder of the web editor (Sveltia CMS, written by src/integrations/cms-admin.ts) under the base path. */
export const ADMIN_DIR = 'admin';

/** Folder of published office documents under the base path (`<base>dokumen/<opd>/<file>`). */
export const DOCUMENTS_DIR = 'dokumen';

/** Pagefind 1.6 files whose names carry a content hash (pagefind-entry.json, pagefind.js and the wasm do not). */
export const PAGEFIND_HASHED = ['index/*', 'fragment/*', 'filter/*', '*.pf_meta'] as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * A document (PDF or image an OPD published) is shown by the browser's own viewer, never run
 * as part of the site: `sandbox` gives it an opaque origin without scripts, and it may load
 * nothing but images from here. Chromium's image and PDF viewers style their page inline (without
 * 'unsafe-inline' styles each view logs three CSP violations, though it still shows); scripts stay
 * refused. Chromium 150 displays a PDF (its own viewer) and an image inline under this policy with
 * no CSP report (tests/e2e/servers.test.ts opens both through nginx and Apache), so documents are
 * served inline rather than as attachments.
 */
export const DOCUMENT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export function headerRules({ csp, adminCsp }: SitePolicies): HeaderRule[] {
  return [
    {
      path: '*',
      headers: {
        'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
        // Pages and data files change with each build: the browser asks again (cheap: ETag).
        'Cache-Control': 'no-cache',
      },
    },
    // Astro names every file here by the hash of its content.
    { path: '_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
    { path: 'pagefind/*', headers: { 'Cache-Control': 'public, max-age=3600' } },
    // Pagefind's index, fragment and filter files and its metadata are named by the hash of
    // their content: a visitor pays for them once per build, not once per visit.
    ...PAGEFIND_HASHED.map((p) => ({ path: `pagefind/${p}`, headers: { 'Cache-Control': IMMUTABLE } })),
    {
      path: `${DOCUMENTS_DIR}/*`,
      headers: { 'Content-Security-Policy': DOCUMENT_CSP, 'Content-Disposition': 'inline', 'Cache-Control': 'public, max-age=86400' },
    },
    // The editor's pages get their own policy in place of the site's, and stay out of search engines.
    ...(adminCsp ? [{ path: `${ADMIN_DIR}/*`, headers: { 'Content-Security-Policy': `${adminCsp}; frame-ancestors 'none'`, 'X-Robots-Tag': 'noindex', 'Cache-Control': 'no-cache' } }] : []),
  ];
}

/** File types the site publishes: extension → media type; `text` ones carry charset=utf-8. */
export const FILE_TYPES: { ext: string; type: string; text?: boolean; compress?: boolean }[] = [
  { ext: 'html', type: 'text/html', text: true, compress: true },
  { ext: 'css', type: 'text/css', text: true, compress: true },
  { ext: 'js', type: 'text/javascript', text: true, compress: true },
  { ext: 'mjs', type: 'text/javascript', text: true, compress: true },
  { ext: 'json', type: 'application/json', text: true, compress: true },
  { ext: 'xml', type: 'application/xml', text: true, compress: true },
  { ext: 'csv', type: 'text/csv', text: true, compress: true },
  { ext: 'txt', type: 'text/plain', text: true, compress: true },
  { ext: 'yml', type: 'application/yaml', text: true, compress: true },
  { ext: 'svg', type: 'image/svg+xml', compress: true },
  { ext: 'wasm', type: 'application/wasm', compress: true },
  // Pagefind's own files are gzip-compressed by Pagefind: never compressed again.
  { ext: 'pagefind', type: 'application/octet-stream' },
  { ext: 'pf_meta', type: 'application/octet-stream' },
  { ext: 'pf_index', type: 'application/octet-stream' },
  { ext: 'pf_fragment', type: 'application/octet-stream' },
  { ext: 'pf_filter', type: 'application/octet-stream' },
  { ext: 'woff2', type: 'font/woff2' },
  { ext: 'woff', type: 'font/woff' },
  { ext: 'png', type: 'image/png' },
  { ext: 'jpg', type: 'image/jpeg' },
  { ext: 'jpeg', type: 'image/jpeg' },
  { ext: 'webp', type: 'image/webp' },
  { ext: 'avif', type: 'image/avif' },
  { ext: 'gif', type: 'image/gif' },
  { ext: 'ico', type: 'image/x-icon' },
  { ext: 'pdf', type: 'application/pdf' },
];

/** The Content-Type a server sends for a file name (undefined: not a type the site publishes). */
export function contentType(file: string): string | undefined {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  const t = FILE_TYPES.find((f) => f.ext === ext);
  return t && (t.text ? `${t.type}; charset=utf-8` : t.type);
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** Anchored regular expression (PCRE, as nginx and Apache use) for a rule path under base. */
export function pathRegex(base: string, path: string): string {
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return `^${escape(withSlash(base))}${path.split('*').map(escape).join('.*')}$`;
}

/** The headers a response for a URL path gets under the rules (a later rule replaces a header). */
export function headersFor(rules: HeaderRule[], base: string, pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (new RegExp(pathRegex(base, rule.path)).test(pathname)) Object.assign(out, rule.headers);
  return out;
}

/** Header values are written between double quotes in both server syntaxes: none may hold one, nor a variable sign. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`Nilai header tidak boleh memuat tanda kutip ganda, garis miring terbalik, $ atau baris baru: ${value}`);
  return `"${value}"`;
}

/** Headers in first-seen order across the rules. */
const headerNames = (rules: HeaderRule[]) => [...new Set(rules.flatMap((r) => Object.keys(r.headers)))];

/** dist/_headers: "! Name" detaches a header an earlier rule set (Cloudflare Pages syntax) before this rule sets its own. */
export function headersFile(rules: HeaderRule[], base: string): string {
  const b = withSlash(base);
  return rules
    .map((rule, i) => {
      const earlier = new Set(rules.slice(0, i).flatMap((r) => Object.keys(r.headers)));
      const lines = Object.entries(rule.headers).flatMap(([name, value]) => [...(earlier.has(name) ? [`  ! ${name}`] : []), `  ${name}: ${value}`]);
      return [`${b}${rule.path}`, ...lines, ''].join('\n');
    })
    .join('\n');
}

export interface ServerOptions {
  /** Absolute folder of the built site. */
  root: string;
  base: string;
  /** "HOST:PORT" or "PORT" to listen on. */
  listen: string;
}

const GENERATED = (command: string) => [
  `# Etalase Inovasi — dibuat oleh \`${command}\` dari aturan yang sama dengan dist/_headers.`,
  '# Jangan disunting tangan: jalankan ulang perintah itu sesudah setiap build (CSP memuat hash skrip halaman).',
  '# HTTPS: pasang Strict-Transport-Security di server/proksi yang memegang sertifikat TLS, bukan di sini.',
];

/** An nginx configuration for the http{} context (e.g. /etc/nginx/conf.d/etalase.conf): maps, then one server block. */
export function nginxConfig(rules: HeaderRule[], { root, base, listen }: ServerOptions, command = 'npm run server-config -- --server nginx'): string {
  const b = withSlash(base);
  const names = headerNames(rules);
  const variable = (i: number) => `$etalase_header_${i}`;
  // One map per header: the value of the last rule that sets it and matches $uri (map checks
  // regular expressions in order, so the table is read backwards); empty = header not sent.
  const maps = names.flatMap((name, i) => {
    const setting = rules.filter((r) => name in r.headers);
    const fallback = setting.find((r) => r.path === '*')?.headers[name] ?? '';
    const specific = setting.filter((r) => r.path !== '*').reverse();
    return [`map $uri ${variable(i)} {`, `    default ${quoted(fallback)};`, ...specific.map((r) => `    "~${pathRegex(base, r.path)}" ${quoted(r.headers[name]!)};`), '}'];
  });
  const text = FILE_TYPES.filter((t) => t.text).map((t) => t.type);
  const compress = [...new Set(FILE_TYPES.filter((t) => t.compress && t.type !== 'text/html').map((t) => t.type))];
  const types = new Map<string, string[]>();
  for (const t of FILE_TYPES) types.set(t.type, [...(types.get(t.type) ?? []), t.ext]);
  const dir = root.replace(/\/+$/, '');
  return [
    ...GENERATED(command),
    ...maps,
    '',
    'server {',
    `    listen ${listen};`,
    '    # Bila server ini juga melayani situs lain di port yang sama, tambahkan: server_name <nama-domain>;',
    '    server_tokens off;',
    // Redirects (a folder without its slash) stay relative: correct behind a TLS-terminating proxy.
    '    absolute_redirect off;',
    '    autoindex off;',
    '    types {',
    ...[...types].map(([type, exts]) => `        ${type} ${exts.join(' ')};`),
    '    }',
    '    default_type application/octet-stream;',
    '    charset utf-8;',
    `    charset_types ${[...new Set(text.filter((t) => t !== 'text/html'))].join(' ')};`,
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_min_length 256;',
    `    gzip_types ${compress.join(' ')};`,
    '    # Brotli, bila modul ngx_brotli terpasang (Debian: libnginx-mod-http-brotli-filter), hapus tanda # di dua baris ini:',
    '    # brotli on;',
    `    # brotli_types ${compress.join(' ')};`,
    `    error_page 404 ${b}404.html;`,
    ...(b === '/' ? [] : ['    location / {', '        return 404;', '    }']),
    `    location ${b} {`,
    `        ${b === '/' ? `root ${quoted(dir)}` : `alias ${quoted(`${dir}/`)}`};`,
    '        index index.html;',
    ...names.map((name, i) => `        add_header ${name} ${variable(i)} always;`),
    '        # Berkas tersembunyi (.htaccess, .git, …) tidak pernah disajikan.',
    '        location ~ /\\. {',
    '            return 404;',
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
}

/** A Perl-compatible regex inside an Apache expression m#…#. */
const apacheExpr = (base: string, path: string) => `"expr=%{REQUEST_URI} =~ m#${pathRegex(base, path)}#"`;

/** Directives valid both in a <Directory> section and in .htaccess (AllowOverride FileInfo Indexes Options). */
export function apacheDirectives(rules: HeaderRule[], base: string, indent = ''): string[] {
  const b = withSlash(base);
  const compress = [...new Set(FILE_TYPES.filter((t) => t.compress).map((t) => t.type))].join(' ');
  return [
    'Options -Indexes -MultiViews',
    'DirectoryIndex index.html',
    `ErrorDocument 404 ${b}404.html`,
    '# Berkas tersembunyi (.htaccess, .git, …) tidak pernah disajikan.',
    'RedirectMatch 404 "/\\."',
    ...FILE_TYPES.map((t) => `AddType ${t.type} .${t.ext}`),
    `AddCharset utf-8 ${FILE_TYPES.filter((t) => t.text).map((t) => `.${t.ext}`).join(' ')}`,
    '<IfModule mod_brotli.c>',
    `    AddOutputFilterByType BROTLI_COMPRESS ${compress}`,
    '</IfModule>',
    '<IfModule mod_deflate.c>',
    `    AddOutputFilterByType DEFLATE ${compress}`,
    '</IfModule>',
    '<IfModule mod_headers.c>',
    ...rules.flatMap((r) => Object.entries(r.headers).map(([name, value]) => `    Header always set ${name} ${quoted(value)}${r.path === '*' ? '' : ` ${apacheExpr(base, r.path)}`}`)),
    '</IfModule>',
  ].map((line) => `${indent}${line}`);
}

/** An Apache 2.4 site (e.g. /etc/apache2/sites-available/etalase.conf): Listen and one VirtualHost. */
export function apacheConfig(rules: HeaderRule[], { root, base, listen }: ServerOptions, command = 'npm run server-config -- --server apache'): string {
  const b = withSlash(base);
  const dir = root.replace(/\/+$/, '');
  return [
    ...GENERATED(command),
    '# Modul yang dipakai: headers, mime, dir, alias, deflate (dan brotli bila ada): a2enmod headers deflate brotli',
    '# Tambahkan ServerName <nama-domain> di VirtualHost bila server ini melayani situs lain; di belakang proksi TLS',
    '# tulis ServerName https://<nama-domain> agar pengalihan folder tetap ke https.',
    `Listen ${listen}`,
    `<VirtualHost ${listen.includes(':') ? listen : `*:${listen}`}>`,
    ...(b === '/' ? [`    DocumentRoot ${quoted(dir)}`] : [`    Alias ${quoted(b)} ${quoted(`${dir}/`)}`]),
    `    <Directory ${quoted(dir)}>`,
    '        AllowOverride None',
    '        Require all granted',
    ...apacheDirectives(rules, base, '        '),
    '    </Directory>',
    '</VirtualHost>',
    '',
  ].join('\n');
}

/** dist/.htaccess, for hosts that allow only .htaccess (needs AllowOverride FileInfo Indexes Options). */
export function htaccess(rules: HeaderRule[], base: string): string {
  return [...GENERATED('npm run build'), ...apacheDirectives(rules, base), ''].join('\n');
}
