import { describe, expect, it } from 'vitest';
import { pagesRenderedSince } from '../../src/lib/pr-build.ts';

describe('pagesRenderedSince (pull-request build: which pages this build rendered)', () => {
  const started = 1_000_000;
  const copies: Record<string, number> = {
    'inovasi/lama/index.html': started - 60_000, // restored: its cache copy is from the previous build
    'inovasi/baru/index.html': started + 5_000, // rendered: a fresh cache copy
    'opd/dinas/index.html': started, // written in the build's first moment
  };
  const mtime = (page: string) => copies[page];

  it('keeps pages with a fresh cache copy and pages without a key (no copy); drops restored pages', () => {
    const pages = ['index.html', 'inovasi/lama/index.html', 'inovasi/baru/index.html', 'opd/dinas/index.html'];
    expect(pagesRenderedSince(pages, mtime, started)).toEqual(['index.html', 'inovasi/baru/index.html', 'opd/dinas/index.html']);
  });

  it('a first build (empty cache) checks every page', () => {
    expect(pagesRenderedSince(['a.html', 'b.html'], () => undefined, started)).toEqual(['a.html', 'b.html']);
  });
});
