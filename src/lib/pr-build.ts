/**
 * Pull-request builds (`npm run build:pr`, issue 16 goal 4). Astro's incremental build copies a
 * page whose cacheKey is unchanged from its cache (`<cacheDir>/dist/<file>`) and writes a fresh
 * cache copy of every page it renders. So after the build, a page of dist/ was rendered by this
 * build when it has no cache copy (a page without a key) or its cache copy is not older than
 * the moment the build started. The search-index step of a PR build checks only those pages.
 */

/** File (in the cache folder) where the build records when it started. */
export const BUILD_STARTED_FILE = 'etalase-build-started.json';

/**
 * The pages (paths relative to dist/) this build rendered: no cache copy, or a cache copy
 * written at or after `startedAt` (ms since epoch). `cacheCopyMtime` returns undefined when a
 * page has no cache copy.
 */
export function pagesRenderedSince(pages: readonly string[], cacheCopyMtime: (page: string) => number | undefined, startedAt: number): string[] {
  return pages.filter((page) => {
    const mtime = cacheCopyMtime(page);
    return mtime === undefined || mtime >= startedAt;
  });
}
