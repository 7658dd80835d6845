/**
 * Parser messages for authors: YAML (the `yaml` library, every error of a file, not only the
 * first) and MDX (micromark) errors in Indonesian first, the parser's English original kept
 * in brackets so a developer can still search for it.
 */
import { LineCounter, parseDocument, type ErrorCode, type YAMLError } from 'yaml';

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!doc.errors.length) return { data: doc.toJS({ maxAliasCount: 100 }), errors: [] };
  const seen = new Set<number | undefined>();
  const errors: YamlProblem[] = [];
  for (const err of doc.errors) {
    const line = lineCounter.linePos(err.pos[0]).line;
    if (seen.has(line)) continue;
    seen.add(line);
    errors.push({ line, message: yamlErrorMessage(err) });
  }
  return { errors };
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
