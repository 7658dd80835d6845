/** Loads the Pagefind JS API from the site's bundle (once per bundle path). */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
}

const loaded = new Map<string, Promise<PagefindApi>>();

/** `bundlePath` ends with a slash, e.g. "/etalase/pagefind/". Pagefind derives result URLs (with the base) from it. */
export function loadPagefind(bundlePath: string): Promise<PagefindApi> {
  let api = loaded.get(bundlePath);
  if (!api) {
    api = (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 20 });
      // Start fetching the WebAssembly and index metadata now; a failure shows up on the first search.
      pagefind.init().catch(() => undefined);
      return pagefind;
    });
    api.catch(() => loaded.delete(bundlePath));
    loaded.set(bundlePath, api);
  }
  return api;
}

/**
 * The emergency entry's result for the search rules (its title as the query, its page's URL to
 * recognise it), under the same filters as the search; undefined when it is not found.
 */
export async function emergencyResult<R extends { id: string; data: () => Promise<{ url: string }> }>(
  entry: { title: string; url: string } | undefined,
  search: (term: string) => Promise<readonly R[]>,
): Promise<R | undefined> {
  if (!entry) return undefined;
  for (const r of (await search(entry.title)).slice(0, 5)) if ((await r.data()).url === entry.url) return r;
  return undefined;
}
