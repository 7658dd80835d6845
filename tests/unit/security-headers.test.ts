import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeCsp, readHead } from '../../src/integrations/security-headers.ts';
import { apacheConfig, contentType, headerRules, headersFile, headersFor, htaccess, nginxConfig, pathRegex } from '../../src/lib/server-rules.ts';
import { parseHeadersFile, promised } from '../helpers/headers-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'etalase-headers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readHead', () => {
  const head = '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src \'self\'"><title>Ragam — é</title></head>';
  const body = `<body>${'<p>Isi halaman yang panjang.</p>'.repeat(5000)}</body></html>`;

  it('stops after the chunk holding </head>, also when the tag spans two chunks', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, head + body);
    for (const size of [5, 7, 64, 1024]) {
      const text = readHead(file, size);
      expect(text.startsWith(head), `chunk ${size}`).toBe(true);
      expect(text.length, `chunk ${size}`).toBeLessThan(head.length + size + 1);
    }
  });

  it('returns the whole file when there is no </head>', () => {
    const file = join(dir, 'fragment.html');
    writeFileSync(file, body);
    expect(readHead(file, 100)).toBe(body);
  });
});

describe('mergeCsp', () => {
  it('keeps each directive once with the union of its sources, in first-seen order', () => {
    expect(mergeCsp(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'; img-src data:"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src data:",
    );
  });
});

describe('headersFile', () => {
  const rules = headerRules({ csp: "default-src 'self'", adminCsp: "style-src 'self' 'unsafe-inline'" });
  const file = parseHeadersFile(headersFile(rules, '/etalase/'));
  const at = (path: string) => promised(file, path);

  it('caches content-hashed Pagefind files and Astro assets for a year, but not the entry file that names them', () => {
    for (const path of ['/etalase/pagefind/index/id_1.pf_index', '/etalase/pagefind/fragment/id_2.pf_fragment', '/etalase/pagefind/filter/id_3.pf_filter', '/etalase/pagefind/pagefind.id_4.pf_meta', '/etalase/_astro/Base.abc.css']) {
      expect(at(path)['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    expect(at('/etalase/pagefind/pagefind-entry.json')['cache-control']).toBe('public, max-age=3600');
    expect(at('/etalase/inovasi/sianduk/')['cache-control']).toBe('no-cache');
  });

  it('gives every page the site CSP with frame-ancestors and the other security headers', () => {
    const page = at('/etalase/statistik/');
    expect(page['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page['x-robots-tag']).toBeUndefined();
  });

  it('gives the web editor its own CSP in place of the site-wide one, and noindex', () => {
    const admin = at('/etalase/admin/coba/');
    expect(admin['content-security-policy']).toBe("style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    expect(admin['x-robots-tag']).toBe('noindex');
    expect(admin['x-content-type-options']).toBe('nosniff');
    expect(parseHeadersFile(headersFile(headerRules({ csp: "default-src 'self'" }), '/')).some((r) => r.path === '/admin/*')).toBe(false);
  });

  it('serves documents sandboxed, inline, with nosniff', () => {
    const doc = at('/etalase/dokumen/disdukcapil/laporan.pdf');
    expect(doc['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    expect(doc['content-disposition']).toBe('inline');
    expect(doc['x-content-type-options']).toBe('nosniff');
  });

  it('promises the same headers as the rules table for every kind of path', () => {
    for (const path of ['/etalase/', '/etalase/admin/', '/etalase/_astro/x.js', '/etalase/pagefind/index/x', '/etalase/dokumen/a/b.png', '/etalase/404.html']) {
      const expected = Object.fromEntries(Object.entries(headersFor(rules, '/etalase/', path)).map(([k, v]) => [k.toLowerCase(), v]));
      expect(at(path), path).toEqual(expected);
    }
  });
});

describe('pathRegex and contentType', () => {
  it('anchors a rule path under the base, "*" spanning folders, dots literal', () => {
    const re = new RegExp(pathRegex('/etalase/', 'pagefind/*.pf_meta'));
    expect(re.test('/etalase/pagefind/pagefind.id_1.pf_meta')).toBe(true);
    expect(re.test('/etalase/pagefind/a/b.pf_meta')).toBe(true);
    expect(re.test('/etalase/pagefind/xpf_meta')).toBe(false);
    expect(re.test('/lain/etalase/pagefind/a.pf_meta')).toBe(false);
  });

  it('names CSV and other text types with UTF-8, binary ones without', () => {
    expect(contentType('data/inovasi.csv')).toBe('text/csv; charset=utf-8');
    expect(contentType('pagefind/wasm.id.pagefind')).toBe('application/octet-stream');
    expect(contentType('x.wasm')).toBe('application/wasm');
    expect(contentType('dokumen/a/SURAT.PDF')).toBe('application/pdf');
    expect(contentType('README')).toBeUndefined();
  });
});

describe('server configurations', () => {
  const rules = headerRules({ csp: "default-src 'self'", adminCsp: "style-src 'self' 'unsafe-inline'" });
  const opts = { root: '/srv/etalase/current/', base: '/etalase/', listen: '127.0.0.1:8080' };

  it('nginx: one map per header, the most specific rule first, and the folder served under the base path', () => {
    const conf = nginxConfig(rules, opts);
    const cache = /map \$uri (\$\w+) \{\n    default "no-cache";\n([^}]*)\}/.exec(conf)!;
    const order = [...cache[2]!.matchAll(/"~\^\/etalase\/([^"]*)"/g)].map((m) => m[1]);
    expect(order.indexOf('admin/.*$')).toBeLessThan(order.indexOf('pagefind/.*$'));
    expect(order.indexOf('pagefind/index/.*$')).toBeLessThan(order.indexOf('pagefind/.*$'));
    expect(conf).toContain(`add_header Cache-Control ${cache[1]} always;`);
    expect(conf).toContain('alias "/srv/etalase/current/";');
    expect(conf).toContain('error_page 404 /etalase/404.html;');
  });

  it('refuses a header value that would break out of its quotes', () => {
    expect(() => nginxConfig(headerRules({ csp: 'default-src "self"' }), opts)).toThrow(/kutip ganda/);
    expect(() => apacheConfig(headerRules({ csp: 'default-src $self' }), opts)).toThrow(/\$/);
  });

  it('Apache and .htaccess: the same header lines, in table order, conditioned on the path', () => {
    const vhost = apacheConfig(rules, opts);
    const file = htaccess(rules, '/etalase/');
    const headerLines = (text: string) => text.split('\n').filter((l) => l.includes('Header always set')).map((l) => l.trim());
    expect(headerLines(vhost)).toEqual(headerLines(file));
    expect(headerLines(file).length).toBe(rules.reduce((n, r) => n + Object.keys(r.headers).length, 0));
    expect(vhost).toContain('Alias "/etalase/" "/srv/etalase/current/"');
    expect(file).toContain('ErrorDocument 404 /etalase/404.html');
  });
});
