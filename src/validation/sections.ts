/**
 * The narrative sections every entry must have, written: "## Latar belakang", "## Solusi" and
 * "## Manfaat". A heading with only a placeholder comment under it published an empty section,
 * so missing and empty sections are errors — in `npm run validate`, in the build (content-guard)
 * and in the web editor, which imports this same check.
 */
import { narrativeText } from '../lib/catalog-checks.ts';
import { splitSections } from '../lib/sections.ts';
import type { BodyProblem } from './safe-content.ts';

/** Headings an entry's body must have, each with text under it, in this order. */
export const REQUIRED_SECTIONS = ['Latar belakang', 'Solusi', 'Manfaat'] as const;

/** What each required section should say (the hint new entries are written with). */
export const SECTION_HINTS: Record<(typeof REQUIRED_SECTIONS)[number], string> = {
  'Latar belakang': 'Masalah apa yang dihadapi warga atau pemerintah sebelum inovasi ini?',
  Solusi: 'Apa yang berubah, dan bagaimana cara kerjanya?',
  Manfaat: 'Apa manfaatnya bagi warga? Tulis hanya yang didukung sumber; bila belum diukur, katakan begitu.',
};

const key = (heading: string) => heading.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Missing or empty required sections of a body (text under the frontmatter). Comments
 * (`{/* … *\/}`, `<!-- … -->`) do not count as text. Lines are body lines plus `lineOffset`.
 */
export function sectionProblems(body: string, lineOffset = 0): BodyProblem[] {
  const sections = splitSections(body);
  // A body with no text at all is reported once, by the catalogue rule ("isi kosong").
  if (narrativeText(body).length === 0) return [];
  const out: BodyProblem[] = [];
  for (const heading of REQUIRED_SECTIONS) {
    const found = sections.filter((s) => key(s.heading) === key(heading));
    if (!found.length) {
      out.push({ line: lineOffset + 1, message: `bagian "## ${heading}" tidak ada. Tambahkan judul "## ${heading}" lalu tulis isinya: ${SECTION_HINTS[heading]}` });
    } else if (found.every((s) => narrativeText(s.markdown).length === 0)) {
      out.push({ line: found[0]!.line + lineOffset, message: `bagian "## ${heading}" kosong (hanya berisi komentar atau tidak ada teks). Tulis isinya: ${SECTION_HINTS[heading]}` });
    }
  }
  return out;
}
