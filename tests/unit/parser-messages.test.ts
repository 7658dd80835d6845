import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPaths, validateContent } from '../../src/validation/content.ts';
import { parseYaml, mdxErrorMessage } from '../../src/validation/parser-messages.ts';
import { sectionProblems, REQUIRED_SECTIONS } from '../../src/validation/sections.ts';
import { checkBody } from '../../src/validation/safe-content.ts';
import { ROOT } from '../helpers/content.ts';

describe('YAML parser messages', () => {
  it('reports every error of a file, each with its line, Indonesian first and the original in brackets', () => {
    const text = 'name: Dinas\n\tabbreviation: D\ntype: dinas\nname: lagi\nsources: [a, b\n';
    const { data, errors } = parseYaml(text);
    expect(data).toBeUndefined();
    expect(errors.length).toBeGreaterThanOrEqual(3);
    const lines = errors.map((e) => e.line);
    expect(lines).toContain(2); // tab
    expect(lines).toContain(4); // duplicate key
    for (const e of errors) expect(e.message).toMatch(/^[a-z].*\[[A-Z].*\]$/);
    expect(errors.find((e) => e.line === 4)!.message).toMatch(/^kolom yang sama ditulis dua kali.*\[Map keys must be unique\]$/);
  });

  it('refuses a merge key or alias whose anchor does not exist, naming its line, instead of throwing', () => {
    // Found by the fuzz run (issue 26): `yaml` reports no parse error here, toJS() threw a ReferenceError.
    const merge = parseYaml('title: Layanan\nsummary: Ringkas\n<<: *a\nopd: dukcapil\n');
    expect(merge.data).toBeUndefined();
    expect(merge.errors).toEqual([{ line: 3, message: expect.stringMatching(/^alias \*a merujuk jangkar yang tidak ada.*\[Unresolved alias/) }]);
    expect(parseYaml('a: &x 1\nb:\n  - *y\n').errors).toEqual([{ line: 3, message: expect.stringMatching(/^alias \*y merujuk/) }]);
  });

  it('refuses an alias inside its own anchor (a value that contains itself) and a flood of aliases', () => {
    const loop = parseYaml('title: x\nsources: &s\n  - *s\n');
    expect(loop.data).toBeUndefined();
    expect(loop.errors).toEqual([{ line: 3, message: expect.stringMatching(/^alias \*s dipakai di dalam nilainya sendiri/) }]);
    const flood = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${Array(10).fill('*a').join(', ')}]\nc: &c [${Array(10).fill('*b').join(', ')}]\nd: [${Array(10).fill('*c').join(', ')}]\n`;
    const many = parseYaml(flood);
    expect(many.data).toBeUndefined();
    expect(many.errors[0]!.message).toMatch(/^terlalu banyak alias/);
  });

  it('refuses an unknown tag (a pasted !!js/function or !foo) as Astro\'s loader does, naming its line', () => {
    const { data, errors } = parseYaml('name: Dinas\nnote: !!js/function x\nalias: !foo y\n');
    expect(data).toBeUndefined();
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0]!.message).toMatch(/^nilai diawali tanda ! \(tag YAML\) yang tidak dikenal.*\[Unresolved tag/);
    expect(parseYaml('a: !!str 5\n')).toEqual({ data: { a: '5' }, errors: [] });
    // A known tag neither loader can use here: on the whole file, or binary data for a text field.
    expect(parseYaml('!!binary\nname: Dinas\n').errors).toEqual([{ line: 1, message: expect.stringMatching(/^tag YAML !!binary tidak dipakai di berkas konten/) }]);
    expect(parseYaml('name: Dinas\nlogo: !!binary aGVsbG8=\n').errors).toEqual([{ line: 2, message: expect.stringMatching(/^tag YAML !!binary/) }]);
  });

  it('refuses invisible control characters that Astro\'s loader refuses (a pasted NUL, BEL or lone surrogate), one per line', () => {
    const { data, errors } = parseYaml('name: Dinas\u0000 Contoh\ntype: dinas\nnote: a\u0007b \ud800\n');
    expect(data).toBeUndefined();
    expect(errors).toEqual([
      { line: 1, message: expect.stringMatching(/^ada karakter tak terlihat \(U\+0000\) di baris ini.*hapus karakter itu/) },
      { line: 3, message: expect.stringMatching(/^ada karakter tak terlihat \(U\+0007\)/) },
    ]);
    // Tabs inside text, emoji and non-breaking spaces are ordinary text.
    expect(parseYaml('note: "a\tb"\nother: 😀\u00a0x\n').errors).toEqual([]);
  });

  it('returns plain data (dates as text) when the YAML is valid', () => {
    expect(parseYaml('date: 2020-10-02\nyear: 2020\n')).toEqual({ data: { date: '2020-10-02', year: 2020 }, errors: [] });
  });
});

describe('MDX parser messages', () => {
  it('puts an Indonesian explanation first and keeps the parser reason in brackets', () => {
    const [p] = checkBody('## Solusi\n\nTeks <b>tebal tanpa penutup\n', 'mdx', 10);
    expect(p!.line).toBe(13);
    expect(p!.message).toMatch(/^isi MDX tidak dapat dibaca: tag <b> dibuka tetapi tidak ditutup.*\[Expected a closing tag for `<b>`/);
    // Some micromark errors carry their place only in the reason ("… (1:1-1:5)").
    expect(checkBody('<br>\n\n## Solusi\n', 'mdx', 10)).toEqual([{ line: 11, message: expect.stringMatching(/tag <br> dibuka tetapi tidak ditutup/) }]);
    expect(mdxErrorMessage('Something new')).toMatch(/^isi tidak dapat dibaca sebagai MDX.*\[Something new\]$/);
  });
});

describe('required sections', () => {
  const body = (solusi: string) => `\n## Latar belakang\n\nMasalah.\n\n## Solusi\n\n${solusi}\n\n## Manfaat\n\nHasil.\n`;

  it('refuses a section holding only a placeholder comment, naming its heading line', () => {
    expect(sectionProblems(body('Caranya.'))).toEqual([]);
    const problems = sectionProblems(body('{/* Apa yang berubah? */}'), 20);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(26);
    expect(problems[0]!.message).toMatch(/^bagian "## Solusi" kosong/);
    expect(sectionProblems(body('<!-- nanti -->'))[0]!.message).toMatch(/"## Solusi" kosong/);
  });

  it('refuses a missing section', () => {
    const problems = sectionProblems('## Latar belakang\n\nMasalah.\n\n## Manfaat\n\nHasil.\n');
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^bagian "## Solusi" tidak ada/)]);
    expect(REQUIRED_SECTIONS).toEqual(['Latar belakang', 'Solusi', 'Manfaat']);
  });
});

describe('validateContent with parser errors and empty sections', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'etalase-parser-'));
    mkdirSync(join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'content', 'opd'), join(dir, 'content', 'opd'), { recursive: true });
    cpSync(join(ROOT, 'content', 'site.yaml'), join(dir, 'content', 'site.yaml'));
    cpSync(join(ROOT, 'content', 'innovations'), join(dir, 'content', 'innovations'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const errors = () => validateContent(contentPaths(dir)).problems.filter((p) => p.severity === 'error');

  it('reports all YAML errors of an OPD file', () => {
    writeFileSync(join(dir, 'content', 'opd', 'rusak.yaml'), 'name: Dinas Rusak\n\ttype: dinas\nname: dua kali\n');
    const found = errors().filter((p) => p.file === 'content/opd/rusak.yaml');
    expect(found.map((p) => p.line)).toEqual([2, 3]);
    // A syntax error names the top-level field it sits in, as well as its line.
    expect(found.map((p) => p.field)).toEqual(['name', 'name']);
    expect(found[0]!.message).toMatch(/^YAML tidak dapat dibaca: /);
  });

  it('refuses an entry whose frontmatter merges an unknown anchor (<<: *a), naming file and line, without throwing', () => {
    const file = join(dir, 'content', 'innovations', 'sianduk.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\nopd: /, '\n<<: *a\nopd: '));
    const line = readFileSync(file, 'utf8').split('\n').indexOf('<<: *a') + 1;
    const found = errors();
    expect(found).toEqual([expect.objectContaining({ file: 'content/innovations/sianduk.md', line, field: '<<', message: expect.stringMatching(/^frontmatter \(YAML\) tidak dapat dibaca: alias \*a merujuk/) })]);
  });

  it('reports a placeholder-only "Solusi" of an entry as an error on its line', () => {
    const file = join(dir, 'content', 'innovations', 'sianduk.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/## Solusi\n[\s\S]*?\n## Manfaat/, '## Solusi\n\n{/* Apa yang berubah, dan bagaimana cara kerjanya? */}\n\n## Manfaat'));
    const found = errors();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'content/innovations/sianduk.md', field: 'isi', message: expect.stringMatching(/"## Solusi" kosong/) });
    expect(found[0]!.line).toBeGreaterThan(5);
  });
});
