/**
 * Generators for the property-based tests of the author tools (issue 26), with fast-check.
 * Two kinds of input, both read from what is there when they run (real files in content/ and
 * the zod schemas), never from a hard-coded field list, so new fields and files are covered:
 * - text mutations of a real file: what pasting from Word or WhatsApp and hand edits do
 *   (line deletes, duplicates, indents, tabs, stray YAML characters, anchors and aliases,
 *   control, zero-width and bidi characters, smart quotes, bit flips, truncation);
 * - odd values in a well-formed file: a leaf of the real data, or a field the JSON Schema
 *   allows but the file lacks, replaced by a huge number, an empty or very long string,
 *   an impossible date, unusual Unicode.
 */
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, type Document, type Pair } from 'yaml';
import { z } from 'astro/zod';

/** Characters staff paste in from office documents and chat apps. */
export const PASTED_CHARACTERS = [
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte-order mark mid-text
  '\u00a0', // non-breaking space
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u201c', '\u201d', '\u2018', '\u2019', // smart quotes
  '\u2013', '\u2014', '\u2026', // dashes, ellipsis
  '\t', '\r', '\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '\u2029',
  '\ud83d\ude00', // emoji (surrogate pair)
  '\ud800', // lone surrogate
  '\u0301', // combining accent
];

/** Characters and snippets that mean something to YAML. */
export const YAML_SNIPPETS = [
  ':', ': ', '- ', '#', '&a ', '*a', '<<: *a', '<<: *b', '!', '!!binary ', '!!js/function ', '|', '>', "'", '"', '%', '@', '`',
  '[', ']', '{', '}', ',', '?', '? ', '---', '...', '&a [*a]', '{a: 1}: x', 'null', '~', '.nan', '0x1F', '1e400', '-.inf',
];

/** Odd values of each kind a schema field holds: structurally valid YAML, unusual content. */
export const ODD_STRINGS = [
  '',
  ' ',
  'x'.repeat(5000),
  'Layanan “Jemput Bola”, antar; cepat',
  'Dinas\u200bKependudukan',
  '\u202eadm\u202c',
  'a\nb',
  '<script>alert(1)</script>',
  '{1 + 1}',
  'javascript:alert(1)',
  'https://',
  'http://contoh.co.id/',
  'https://contoh.co.id/a b',
  '2026-02-30',
  '2020-13-01',
  '0000-00-00',
  '9999-12-31',
  '2020-02-29',
  '2021-02-29',
  'tidak-diketahui',
  'ÁDM ñ ü ß İ ı',
  '漢字テキスト',
  'عربى',
  '😀'.repeat(40),
  '\u0000',
  'true',
  'null',
  '-',
  ' — ',
];
export const ODD_NUMBERS = [0, -0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 2 ** 53, 0.1 + 0.2];

const oddValue = fc.oneof(
  fc.constantFrom<unknown>(...ODD_STRINGS),
  fc.constantFrom<unknown>(...ODD_NUMBERS),
  fc.constantFrom<unknown>(true, false, null, [], {}, [''], { x: 1 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** One text mutation, applied at a position given as a fraction of the text (so it fits any file). */
export type TextMutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'indent' | 'dedent' | 'tab-indent' | 'truncate'; at: number }
  | { kind: 'insert' | 'replace-char'; at: number; text: string }
  | { kind: 'flip-bit'; at: number; bit: number }
  | { kind: 'swap-lines'; at: number; other: number };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const snippet = fc.oneof(fc.constantFrom(...PASTED_CHARACTERS), fc.constantFrom(...YAML_SNIPPETS), fc.string({ unit: 'binary-ascii', maxLength: 4 }));

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line', 'indent', 'dedent', 'tab-indent', 'truncate'), at }),
  fc.record({ kind: fc.constantFrom('insert', 'replace-char'), at, text: snippet }),
  fc.record({ kind: fc.constant('flip-bit'), at, bit: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ kind: fc.constant('swap-lines'), at, other: at }),
) as fc.Arbitrary<TextMutation>;

/** Applies one text mutation (pure). */
export function applyTextMutation(text: string, m: TextMutation): string {
  const lines = text.split('\n');
  const li = Math.floor(m.at * lines.length);
  const ci = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'delete-line':
      return lines.filter((_, i) => i !== li).join('\n');
    case 'duplicate-line':
      return [...lines.slice(0, li + 1), lines[li]!, ...lines.slice(li + 1)].join('\n');
    case 'indent':
      return lines.map((l, i) => (i === li ? `  ${l}` : l)).join('\n');
    case 'dedent':
      return lines.map((l, i) => (i === li ? l.replace(/^ {1,2}/, '') : l)).join('\n');
    case 'tab-indent':
      return lines.map((l, i) => (i === li ? l.replace(/^( *)/, (s) => '\t'.repeat(Math.max(1, s.length >> 1))) : l)).join('\n');
    case 'truncate':
      return text.slice(0, ci);
    case 'insert':
      return text.slice(0, ci) + m.text + text.slice(ci);
    case 'replace-char':
      return text.slice(0, ci) + m.text + text.slice(ci + 1);
    case 'flip-bit':
      return ci < text.length ? text.slice(0, ci) + String.fromCharCode(text.charCodeAt(ci) ^ (1 << m.bit)) + text.slice(ci + 1) : text;
    case 'swap-lines': {
      const oi = Math.floor(m.other * lines.length);
      const out = [...lines];
      [out[li], out[oi]] = [out[oi]!, out[li]!];
      return out.join('\n');
    }
  }
}

/** One to three text mutations of the given text. */
export function mutatedText(base: string): fc.Arbitrary<string> {
  return fc.array(textMutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(applyTextMutation, base));
}

/** Dotted paths of the leaves (scalars) and collections of a YAML document, in document order. */
function nodePaths(doc: Document): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (path.length) out.push(path);
    if (isMap(node)) for (const p of node.items as Pair[]) walk(p.value, [...path, String((p.key as { value?: unknown } | null)?.value)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  return out;
}

/** Change to a well-formed YAML document: a value replaced, a key removed, a key added. */
export type ValueChange =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; key: string; value: unknown };

/**
 * Changes for a YAML text whose top-level fields are described by `schema`: odd values for
 * existing nodes, removed nodes, and fields the schema knows that the file does not have.
 */
export function valueChange(schema: z.ZodType): fc.Arbitrary<ValueChange> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
  const keys = Object.keys(json.properties ?? {});
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at, value: oddValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), key: keys.length ? fc.constantFrom(...keys, 'kolomAsing') : fc.constant('kolomAsing'), value: oddValue }) },
  );
}

/** Applies value changes to a YAML text through the `yaml` document (comments and layout kept). */
export function applyValueChanges(yamlText: string, changes: readonly ValueChange[]): string {
  const doc = parseDocument(yamlText);
  if (doc.errors.length || !isMap(doc.contents)) return yamlText;
  for (const c of changes) {
    const paths = nodePaths(doc);
    if (c.kind === 'add') {
      if (!doc.has(c.key)) doc.set(c.key, doc.createNode(c.value));
      continue;
    }
    if (!paths.length) continue;
    const path = paths[Math.floor(c.at * paths.length)]!;
    if (c.kind === 'delete') doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(c.value));
  }
  return doc.toString({ lineWidth: 0 });
}

/** A frontmatter file (--- YAML --- body) split and joined again. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const m = /^(---\r?\n)([\s\S]*?\n)(---[\s\S]*)$/.exec(text);
  return m ? { yaml: m[2]!, body: m[3]!.slice(3) } : undefined;
}

/** Snippets that the safe-MDX gate must either pass or refuse with a line and a reason. */
export const BODY_SNIPPETS = [
  '<script>alert(1)</script>', '<b>tebal', '</b>', '<>x</>', '{1 + 1}', '{/* catatan */}', '{', '}', '<', '\\<', '<!-- x -->', '<!--',
  "import X from './x.js'", 'export const a = 1', '[klik](javascript:alert(1))', '[a](http://contoh.co.id)', '[a]: data:text/html,x',
  '<Callout type="info" title="T">isi</Callout>', '<Callout type="aneh">x</Callout>', '<Callout>', '<VideoEmbed url="https://contoh.com/v" title="V" />',
  '<Peta />', '<img src=x onerror=alert(1)>', '<a href="vbscript:x">a</a>', '<Callout title={x}>a</Callout>', '<Callout {...x}>a</Callout>',
  '## ', '## Solusi', '```\n<script>\n```', '> kutipan <b>', '| a | b |\n|---|---|\n| <x> | {y} |', '<sup>2</sup>', '<br>', '<br/>',
];

/** A body mutated by text mutations and inserted markup. */
export function mutatedBody(base: string): fc.Arbitrary<string> {
  const insert = fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(fc.constantFrom(...BODY_SNIPPETS), snippet) });
  return fc.array(fc.oneof(insert, textMutation), { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(applyTextMutation, base));
}
