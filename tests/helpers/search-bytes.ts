/**
 * Bytes a visitor transfers for a first search with the header box: what the page costs
 * before the box is used, then what focusing it and typing one query adds (the live-search
 * module, Pagefind's JS and WebAssembly, index chunks, result fragments).
 * Counts bytes on the wire (response headers and encoded body) of every request of the
 * page and its workers, in a fresh browser context (empty cache). Also reports what the uncompressed responses
 * would weigh gzipped, since the test server does not compress.
 */
import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export interface TransferredRequest {
  url: string;
  /** Bytes on the wire: response headers and body. */
  bytes: number;
  /** The same if the server gzipped the body (level 9; Pagefind's index files are already compressed). */
  gzipBytes: number;
}

export interface FirstSearchBytes {
  /** Page load before the search box is touched. */
  beforeUse: { bytes: number; gzipBytes: number; requests: TransferredRequest[] };
  /** Added by focusing the box and typing the query until results show. */
  search: { bytes: number; gzipBytes: number; requests: TransferredRequest[] };
}

/**
 * `pageUrl`: any page of the built site (it has the header search); `query`: what to type.
 * Resolves once the first results (or the "no results" line) are shown.
 */
export async function measureFirstSearchBytes(browser: Browser, pageUrl: string, query: string): Promise<FirstSearchBytes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let pending: Promise<TransferredRequest | undefined>[] = [];
    // Playwright reports the page's requests and those of its dedicated workers (Pagefind's worker fetches the index).
    page.on('requestfinished', (req) => {
      pending.push(
        (async () => {
          const sizes = await req.sizes();
          const response = await req.response();
          const body = await response?.body().catch(() => undefined);
          // Chromium reports a worker script's body size as 0; its body is still readable.
          const bodyBytes = sizes.responseBodySize || body?.length || 0;
          const bytes = bodyBytes + sizes.responseHeadersSize;
          const gzipped = body ? Math.min(gzipSync(body, { level: 9 }).length, bodyBytes) : bodyBytes;
          return { url: req.url(), bytes, gzipBytes: gzipped + sizes.responseHeadersSize };
        })().catch(() => undefined),
      );
    });

    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const beforeUse = total(await Promise.all(pending));
    pending = [];

    const input = page.locator('form.header-search input[name="q"]');
    await input.focus();
    await input.fill(query);
    await page.waitForSelector('form.header-search .header-search-results:not([hidden]) :is(ul a, .hs-message)');
    // Let stragglers (worker-side fetches, preloads) finish.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const search = total(await Promise.all(pending));
    return { beforeUse, search };
  } finally {
    await context.close();
  }
}

function total(list: (TransferredRequest | undefined)[]) {
  const requests = list.filter((r): r is TransferredRequest => r !== undefined);
  return {
    bytes: requests.reduce((n, r) => n + r.bytes, 0),
    gzipBytes: requests.reduce((n, r) => n + r.gzipBytes, 0),
    requests,
  };
}
