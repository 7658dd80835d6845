import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageOf } from '../../src/lib/paginate.ts';

describe('pagination', () => {
  const items = Array.from({ length: 250 }, (_, i) => i + 1);
  it('splits a list into pages of the given size', () => {
    expect(pageCount(250, 100)).toBe(3);
    expect(pageCount(0, 100)).toBe(1);
    expect(pageOf(items, 1, 100)).toHaveLength(100);
    expect(pageOf(items, 3, 100)).toEqual(Array.from({ length: 50 }, (_, i) => 201 + i));
  });
  it('links the first, last and nearby pages, with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageLinks(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 8, 9, 10]);
  });
});
