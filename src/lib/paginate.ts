/** Splitting long lists into pages of static HTML, and the page links to show. */

/** Innovations per list page: keeps list pages light even at national scale. */
export const PAGE_SIZE = 100;

/** Items of page `page` (1-based). */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Number of pages (at least 1, so an empty list still has its page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page numbers to link: first, last, and the current page with `around` neighbours; null marks a gap. */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const wanted = new Set([1, count]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= count) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}
