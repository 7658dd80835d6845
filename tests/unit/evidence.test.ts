/** A figure without quote or page: a warning in the catalogue as it is, an error when a change adds it. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { evidenceProblems } from '../../src/validation/evidence.ts';
import { MINIMAL_ENTRY_FIELDS } from '../helpers/minimal-content.ts';

const front = (values: string) => `${MINIMAL_ENTRY_FIELDS}metrics:
  - type: outcome
    name: Waktu tunggu
    unit: menit
    values:
${values}sources:
  - id: a
    title: Berita A
    url: https://contoh.co.id/a
    publisher: Contoh News
    date: 2024-10-02
`;
const OLD = '      - { value: 40, date: 2023, source: a }\n';
const NEW = '      - { value: 25, date: 2024, source: a }\n';
const QUOTED = '      - { value: 25, date: 2024, source: a, quote: "kini hanya 25 menit" }\n';
const noLine = () => undefined;
const check = (now: string, before: string | null | undefined) =>
  evidenceProblems('content/innovations/contoh.md', innovationSchema.parse(parse(front(now))), before === undefined || before === null ? before : parse(front(before)), noLine);

describe('evidence beside every figure', () => {
  it('warns about every figure without quote or page when nothing is compared', () => {
    expect(check(OLD + NEW, undefined).map((p) => [p.field, p.severity])).toEqual([
      ['metrics.0.values.0', 'warning'],
      ['metrics.0.values.1', 'warning'],
    ]);
  });
  it('refuses a figure the change adds without evidence, and only that one', () => {
    const problems = check(OLD + NEW, OLD);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['metrics.0.values.0', 'warning'],
      ['metrics.0.values.1', 'error'],
    ]);
    expect(problems[1]!.message).toMatch(/angka baru 25 .*"quote".*"page"/);
  });
  it('treats every figure of a file the change adds as new', () => {
    expect(check(OLD, null).map((p) => p.severity)).toEqual(['error']);
  });
  it('accepts a new figure with its quote', () => {
    expect(check(OLD + QUOTED, OLD).map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('the real catalogue', () => {
  it('carries evidence beside at least 90 % of its figures, and says why for every other one', async () => {
    const { publishedEntries } = await import('../helpers/content.ts');
    const figures = publishedEntries().flatMap((e) =>
      ((e.data.metrics ?? []) as { note?: string; baseline?: object; target?: object; values?: object[] }[]).flatMap((m) =>
        [m.baseline, m.target, ...(m.values ?? [])].filter(Boolean).map((f) => ({ entry: e.id, metricNote: m.note, ...(f as { quote?: string; page?: number; note?: string }) })),
      ),
    );
    const withEvidence = figures.filter((f) => f.quote || f.page);
    expect(figures.length).toBeGreaterThan(0);
    expect(withEvidence.length / figures.length).toBeGreaterThanOrEqual(0.9);
    // A figure without its source's words says why (the source could not be read again).
    for (const f of figures.filter((x) => !x.quote && !x.page)) expect(`${f.note ?? ''} ${f.metricNote ?? ''}`, f.entry).toMatch(/tidak dapat|tidak bisa|tidak ditemukan|tidak tersedia/i);
  });
});
