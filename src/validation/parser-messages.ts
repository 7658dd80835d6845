/**
 * Parser messages for authors: YAML (the `yaml` library, every error of a file, not only the
 * first) and MDX (micromark) errors in Indonesian first, the parser's English original kept
 * in brackets so a developer can still search for it.
 */
import { LineCounter, isAlias, isCollection, isScalar, parseDocument, visit, type Document, type ErrorCode, type Node as YamlNode, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line inside the YAML text. */
  line?: number;
  /** Indonesian text, then the original in brackets. */
  message: string;
}

const YAML_HINTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'indentasi tidak sesuai: isian di bawah satu kolom harus menjorok dengan jumlah spasi yang sama',
  TAB_AS_INDENT: 'ada tab di awal baris; YAML hanya menerima spasi sebagai indentasi',
  DUPLICATE_KEY: 'kolom yang sama ditulis dua kali; hapus salah satunya',
  MISSING_CHAR: 'ada tanda penutup yang kurang (tanda kutip, "]" atau "}")',
  MULTILINE_IMPLICIT_KEY: 'nama kolom dan nilainya harus di satu baris; mungkin tanda titik dua (:) hilang atau indentasi baris sebelumnya salah',
  BLOCK_AS_IMPLICIT_KEY: 'nama kolom dan nilainya harus di satu baris; mungkin tanda titik dua (:) hilang atau indentasi salah',
  BAD_SCALAR_START: 'nilai diawali karakter khusus (mis. @, `, %, *, &); apit seluruh nilainya dengan tanda kutip',
  UNEXPECTED_TOKEN: 'ada karakter yang tidak diharapkan di sini; periksa tanda titik dua, tanda kutip dan indentasi',
  BAD_DQ_ESCAPE: 'garis miring terbalik (\\) di dalam tanda kutip ganda tidak sah; tulis \\\\ atau pakai tanda kutip tunggal',
  MULTIPLE_DOCS: 'ada baris "---" tambahan; satu berkas hanya boleh berisi satu dokumen',
  BAD_ALIAS: 'alias (*nama) merujuk jangkar yang tidak ada; tulis nilainya langsung',
  BLOCK_IN_FLOW: 'daftar dalam kurung [ ] atau { } tidak boleh berisi baris bertingkat',
  NON_STRING_KEY: 'nama kolom harus berupa teks',
  TAG_RESOLVE_FAILED: 'nilai diawali tanda ! (tag YAML) yang tidak dikenal; apit seluruh nilainya dengan tanda kutip',
};

/** First line of a `yaml` error message without its " at line N, column M" tail. */
function originalYamlMessage(err: YAMLError): string {
  return err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Indonesian text for one `yaml` parse error, the original in brackets. */
export function yamlErrorMessage(err: Pick<YAMLError, 'code' | 'message'>): string {
  const hint = YAML_HINTS[err.code] ?? 'YAML tidak dapat dibaca di sini; periksa indentasi (spasi, bukan tab), tanda titik dua dan tanda kutip';
  return `${hint} [${originalYamlMessage(err as YAMLError)}]`;
}

/**
 * Parses YAML text and returns its data, or every error with its line (one per line, the
 * first reason given on that line: later ones on the same line are usually echoes).
 */
export function parseYaml(text: string): { data?: unknown; errors: YamlProblem[] } {
  const invisible = invisibleCharacters(text);
  if (invisible.length) return { errors: invisible };
  const lineCounter = new LineCounter();
  // logLevel 'error': a key written as a list ({a: 1}: x) becomes text and is refused by the
  // schema; the library's process warning about it would only be noise in the author's terminal.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  // An unknown tag (!foo, a pasted !!js/function) is only a warning to `yaml`, but Astro's
  // loader (js-yaml) refuses the file: it is an error here too.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (!problems.length) {
    // Aliases are checked on the tree first: toJS() throws on an unknown anchor (a pasted
    // "<<: *a") and builds a value containing itself for an alias inside its own anchor.
    const bad = aliasProblem(doc) ?? tagProblem(doc, text);
    if (bad) return { errors: [{ line: lineCounter.linePos(bad.offset).line, message: bad.message }] };
    try {
      return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [] };
    } catch (e) {
      // Anything else toJS() refuses (an alias flood): a message on the first alias, never a crash.
      const first = firstAlias(doc);
      const reason = (e as Error).message.split('\n')[0]!;
      const hint = /alias count/i.test(reason)
        ? `terlalu banyak alias (*nama); paling banyak ${MAX_ALIAS_COUNT} salinan per nilai. Tulis nilainya langsung`
        : 'nilai YAML ini tidak dapat dibaca; tulis nilainya langsung tanpa jangkar (&nama) dan alias (*nama)';
      return { errors: [{ line: lineCounter.linePos(first ?? 0).line, message: `${hint} [${reason}]` }] };
    }
  }
  const seen = new Set<number | undefined>();
  const errors: YamlProblem[] = [];
  for (const err of problems) {
    const line = lineCounter.linePos(err.pos[0]).line;
    if (seen.has(line)) continue;
    seen.add(line);
    errors.push({ line, message: yamlErrorMessage(err) });
  }
  return { errors };
}

/**
 * Control characters (and lone surrogate halves) that Astro's loader (js-yaml) refuses in a
 * YAML file, while the `yaml` library takes them as text. They come in with text pasted from
 * office documents and chat apps and are invisible in an editor.
 */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One problem per line holding an invisible control character, naming its code. */
function invisibleCharacters(text: string): YamlProblem[] {
  if (!NON_PRINTABLE.test(text)) return [];
  return text.split('\n').flatMap((l, i) => {
    const m = NON_PRINTABLE.exec(l);
    if (!m) return [];
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return [{ line: i + 1, message: `ada karakter tak terlihat (${code}) di baris ini, biasanya ikut tersalin dari Word, PDF atau WhatsApp; hapus karakter itu (ketik ulang bagian teks di sekitarnya) [non-printable character ${code}]` }];
  });
}

/** How many aliased copies one document may expand to (a guard against alias floods). */
const MAX_ALIAS_COUNT = 100;

/** Offset of the first alias in a document, when it has any. */
function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** Tags both YAML loaders read alike on a plain value (!!str 5 is the text "5"). */
const PLAIN_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null']);

/**
 * The first explicit tag other than those: `yaml` ignores a tag it cannot apply (!!binary on a
 * list) or turns it into something no field takes, and Astro's loader (js-yaml) refuses it.
 */
function tagProblem(doc: Document, text: string): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(doc, (_, node) => {
    const tag = node && typeof node === 'object' ? (node as { tag?: string }).tag : undefined;
    if (!tag || (isScalar(node) && PLAIN_TAGS.has(tag))) return undefined;
    const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    // The tag is written before its value (on the line above, for a list or a whole file).
    const start = (node as YamlNode).range?.[0] ?? 0;
    found = { offset: Math.max(0, text.lastIndexOf('!', start)), message: `tag YAML ${shown} tidak dipakai di berkas konten; hapus tanda ${shown} atau apit seluruh nilainya dengan tanda kutip [Unsupported tag: ${shown}]` };
    return visit.BREAK;
  });
  return found;
}

/**
 * The first alias (*name) whose anchor (&name) is not set before it, or that sits inside the
 * node its anchor names (a value containing itself): where it is and the Indonesian message.
 */
function aliasProblem(doc: Document): { offset: number; message: string } | undefined {
  const anchors = new Map<string, YamlNode>();
  let found: { offset: number; message: string } | undefined;
  visit(doc, (_, node, path) => {
    if (!node || typeof node !== 'object') return undefined;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (!target) {
        found = { offset, message: `alias *${node.source} merujuk jangkar yang tidak ada (tidak ada &${node.source} sebelumnya); hapus baris itu atau tulis nilainya langsung [Unresolved alias: ${node.source}]` };
      } else if (isCollection(target) && path.includes(target)) {
        found = { offset, message: `alias *${node.source} dipakai di dalam nilainya sendiri (&${node.source}); tulis nilainya langsung [Circular alias: ${node.source}]` };
      }
      return found ? visit.BREAK : undefined;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as YamlNode);
    return undefined;
  });
  return found;
}

/**
 * The top-level field a YAML error line belongs to: the nearest "key:" at column 0 on or above
 * that line (else the first one below), so a syntax error names a field as well as a line.
 * Empty when the text has no top-level key at all.
 */
export function fieldAtLine(text: string, line: number | undefined): string {
  const lines = text.split('\n');
  const key = (l: string | undefined) => /^([^\s#:\-?&*!|>'"%@`[\]{},][^:#]*?)[ \t]*:(?:[ \t]|$)/.exec(l ?? '')?.[1];
  const at = Math.min(Math.max((line ?? 1) - 1, 0), lines.length - 1);
  for (let i = at; i >= 0; i--) {
    const k = key(lines[i]);
    if (k) return k;
  }
  for (let i = at + 1; i < lines.length; i++) {
    const k = key(lines[i]);
    if (k) return k;
  }
  return '';
}

/** Parses YAML or throws one Indonesian error naming the file and every bad line. */
export function loadYaml(text: string, file: string): unknown {
  const { data, errors } = parseYaml(text);
  if (errors.length) throw new Error(`${file}: YAML tidak dapat dibaca:\n${errors.map((e) => `  baris ${e.line ?? '?'}: ${e.message}`).join('\n')}`);
  return data;
}

const MDX_HINTS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Expected a closing tag for `<([^>]*)>`/, (m) => `tag <${m[1]}> dibuka tetapi tidak ditutup; tambahkan </${m[1]}> atau tulis \\< bila ingin menampilkan tanda <`],
  [/Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/, (m) => `tag penutup </${m[1]}> tidak cocok dengan tag pembuka <${m[2]}>`],
  [/Unexpected closing slash `\/` in tag, expected an open tag first/, () => 'ada tag penutup tanpa tag pembuka'],
  [/before name, expected a character that can start a name/, () => 'setelah tanda < harus ada nama komponen; untuk menampilkan tanda < tulis \\<'],
  [/Unexpected end of file in expression, expected a corresponding closing brace/, () => 'kurung kurawal { tidak ditutup; tulis \\{ bila ingin menampilkan tanda {'],
  [/Could not parse expression with acorn/, () => 'isi di dalam kurung kurawal {…} tidak dapat dibaca; tulis \\{ bila ingin menampilkan tanda {'],
  [/Unexpected end of file (in|after|before)/, () => 'berkas berakhir di tengah tag atau ekspresi; periksa tanda < > { } yang belum ditutup'],
  [/Unexpected character `([^`]*)`.*(in attribute|after attribute|before attribute|in name|after name)/, (m) => `karakter ${m[1]} tidak boleh ada di dalam tag; atribut ditulis nama="nilai"`],
  [/Unexpected lazy line/, () => 'baris di dalam tag atau ekspresi harus menjorok sama dengan baris pertamanya'],
];

/** Indonesian explanation of a known MDX parse error, or undefined for one not in the table. */
export function mdxHint(reason: string): string | undefined {
  for (const [re, text] of MDX_HINTS) {
    const m = re.exec(reason);
    if (m) return text(m);
  }
  return undefined;
}

/** Indonesian text for an MDX parse error (micromark's English reason), the original in brackets. */
export function mdxErrorMessage(reason: string): string {
  return `${mdxHint(reason) ?? 'isi tidak dapat dibaca sebagai MDX; karakter < dan { punya arti khusus, tulis \\< atau \\{ bila ingin menampilkannya'} [${reason}]`;
}
