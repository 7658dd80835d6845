/** Result rendering shared by the header search and /cari/: the "OPD · year · tahapan" line. */
import { searchUi } from './search-strings.ts';

type Meta = Record<string, string | undefined>;

/** "Disdukcapil · 2020 · Penerapan" for an innovation, "Perangkat daerah · 5 inovasi" for an OPD page. */
export function resultMetaLine(meta: Meta): string {
  if (meta.kind === 'opd') {
    const count = Number(meta.count);
    return [searchUi.card.opdPage, Number.isFinite(count) ? searchUi.card.innovations(count) : undefined].filter(Boolean).join(' · ');
  }
  // An entry without an English page starts with its label, "(Bahasa Indonesia)", where a long title cannot hide it.
  return [meta.label, meta.opd, meta.tahun, meta.tahapan].filter(Boolean).join(' · ');
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
