/**
 * README read in two minutes: at most 12 kB, the two commands, and a link to every document
 * in docs/; every relative link in README and docs/ points at a file that exists (and an
 * anchor, when it names one, at a heading of that file).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/content.ts';

const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const docs = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

describe('README', () => {
  it('is at most 12 kB and holds the two commands', () => {
    expect(statSync(README).size).toBeLessThanOrEqual(12 * 1024);
    const text = readFileSync(README, 'utf8');
    expect(text).toMatch(/^npm ci && npm start\b/m);
    expect(text).toMatch(/^npm test\b/m);
  });

  it('links every document in docs/', () => {
    const text = readFileSync(README, 'utf8');
    expect(docs.length).toBeGreaterThanOrEqual(6);
    for (const doc of docs) expect(text, doc).toContain(`(docs/${doc})`);
  });

  it('README and docs/ link only to files and headings that exist', () => {
    for (const file of [README, ...docs.map((d) => join(DOCS, d))]) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target!)) continue;
        const [path, anchor] = target!.split('#');
        const resolved = path ? join(dirname(file), path) : file;
        expect(existsSync(resolved), `${file}: ${target}`).toBe(true);
        if (anchor) {
          const headings = [...readFileSync(resolved, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
          expect(headings, `${file}: ${target}`).toContain(anchor);
        }
      }
    }
  });
});
