/**
 * Writes the missing `sha256` beside each document `file:` of a YAML text (an OPD file, or an
 * entry's frontmatter), keeping every other line as it is. Used by `npm run validate -- --isi-sidik`
 * and by the importers after they copy a document in. A recorded hash is never replaced here:
 * a mismatch means the file changed after it was cited, which validate reports.
 */
import { readFileSync } from 'node:fs';
import { documentLocation, sha256Of } from '../validation/documents.ts';

const FILE_LINE = /^(\s*)(- )?file:[ \t]*(["']?)(dokumen\/[^"'\s#]+)\3[ \t]*(?:#.*)?$/;

/** The text with a `sha256:` line added under each `file:` line that has none; `hashOf` returns undefined for a file it cannot read. */
export function fillDocumentHashes(text: string, hashOf: (path: string) => string | undefined): { text: string; filled: string[] } {
  const lines = text.split('\n');
  const filled: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FILE_LINE.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length + (m[2] ? 2 : 0);
    // The fields of the same list item: back to its "- " line, forward while lines are indented as deep as `file:`.
    const leading = (l: string) => /^\s*/.exec(l)![0].length;
    let start = i;
    if (!m[2]) {
      while (start > 0) {
        const l = lines[start - 1]!;
        if (l.trim() !== '' && leading(l) < indent && !(leading(l) === indent - 2 && l.trimStart().startsWith('- '))) break;
        start--;
        if (leading(l) === indent - 2 && l.trimStart().startsWith('- ')) break;
      }
    }
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || leading(lines[end]!) >= indent)) end++;
    const item = lines.slice(start, end);
    if (item.some((l) => /^\s*(- )?sha256:/.test(l))) continue;
    const hash = hashOf(m[4]!);
    if (!hash) continue;
    lines.splice(i + 1, 0, `${' '.repeat(indent)}sha256: ${hash}`);
    filled.push(m[4]!);
  }
  return { text: lines.join('\n'), filled };
}

/** The SHA-256 of a document inside `contentDir`, or undefined when the path is outside it or unreadable. */
export function documentHash(contentDir: string, path: string): string | undefined {
  const where = documentLocation(contentDir, path);
  if ('problem' in where) return undefined;
  try {
    return sha256Of(readFileSync(where.abs));
  } catch {
    return undefined;
  }
}
