/**
 * Astro's own English wrapper lines, and the MDX compiler's reasons, shown to authors in
 * Indonesian first with the original kept in brackets. Installed by content-guard for
 * `astro build`: it rewrites only lines it recognises and passes everything else through.
 */
import { stripVTControlCharacters } from 'node:util';
import { mdxHint } from '../validation/parser-messages.ts';

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/An unhandled error occurred while running the "([^"]+)" hook/, (m) => `Build dihentikan: tahap "${m[1]}" gagal; penyebabnya tertulis di bawah`],
  [/✗ Build failed in (\S+)/, (m) => `✗ Build gagal setelah ${m[1]}; penyebabnya tertulis di bawah`],
  [/(\S+) → (\S+) data does not match collection schema/, (m) => `data entri "${m[2]}" (koleksi ${m[1]}) tidak sesuai skema; jalankan "npm run validate" untuk rinciannya`],
  [/Could not parse frontmatter in (.+)/, (m) => `frontmatter (YAML) di ${m[1]} tidak dapat dibaca; jalankan "npm run validate" untuk baris dan penyebabnya`],
];

/** One log line in Indonesian first (original in brackets), or unchanged when not recognised. */
export function translateLogLine(line: string): string {
  const plain = stripVTControlCharacters(line);
  for (const [re, text] of RULES) {
    const m = re.exec(plain);
    // An original already kept in brackets (a translated line) is left alone.
    if (m && !/\[[^\]]*$/.test(plain.slice(0, m.index))) return `${plain.slice(0, m.index)}${text(m)} [${m[0]}]${plain.slice(m.index + m[0].length)}`;
  }
  // The MDX compiler prints its English reason at the start of a line.
  const indent = /^\s*/.exec(plain)![0];
  const hint = /^\s*(Expected|Unexpected|Could not parse)\b/.test(plain) ? mdxHint(plain.trim()) : undefined;
  return hint ? `${indent}isi MDX tidak dapat dibaca: ${hint} [${plain.trim()}]` : line;
}

/** Rewrites recognised lines of everything written to a stream (each chunk, line by line). */
export function translateStream(stream: NodeJS.WriteStream): void {
  const marked = stream as NodeJS.WriteStream & { etalaseIndonesian?: boolean };
  if (marked.etalaseIndonesian) return;
  marked.etalaseIndonesian = true;
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return write(text.split('\n').map(translateLogLine).join('\n'), ...rest);
  }) as typeof stream.write;
}
