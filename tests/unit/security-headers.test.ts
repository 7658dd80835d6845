import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFile, mergeCsp, readHead } from '../../src/integrations/security-headers.ts';

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

/** Rules of a _headers file: path → header lines. */
function rules(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) out.set(line, (current = []));
    else current!.push(line.trim());
  }
  return out;
}

describe('headersFile', () => {
  const file = rules(headersFile("default-src 'self'", '/etalase/', "style-src 'self' 'unsafe-inline'"));

  it('caches content-hashed Pagefind files for a year, but not the entry file that names them', () => {
    for (const path of ['/etalase/pagefind/index/*', '/etalase/pagefind/fragment/*', '/etalase/pagefind/filter/*', '/etalase/pagefind/*.pf_meta']) {
      expect(file.get(path), path).toEqual(['! Cache-Control', 'Cache-Control: public, max-age=31536000, immutable']);
    }
    expect(file.get('/etalase/pagefind/*')).toEqual(['Cache-Control: public, max-age=3600']);
  });

  it('gives the web editor its own CSP in place of the site-wide one', () => {
    expect(file.get('/etalase/*')![0]).toBe("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    const admin = file.get('/etalase/admin/*')!;
    expect(admin.slice(0, 2)).toEqual(['! Content-Security-Policy', "Content-Security-Policy: style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"]);
    expect(admin).toContain('X-Robots-Tag: noindex');
    expect(rules(headersFile("default-src 'self'", '/')).has('/admin/*')).toBe(false);
  });
});
