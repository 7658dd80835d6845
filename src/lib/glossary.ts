/**
 * Joins the general glossary (code) with the region's sourced notes (content/glossary.yaml):
 * each note's sentence follows the general definition, and its sources are listed with it.
 */
import type { GlossarySource, GlossaryTerm } from '../i18n/glossary.ts';
import type { RegionGlossary } from '../schema/glossary.ts';
import { sourceHref } from './provenance.ts';

export interface GlossaryMerge {
  terms: GlossaryTerm[];
  /** Indonesian messages naming the field and the fix, one per note that names no known term. */
  problems: { field: string; message: string }[];
}

export function withRegionNotes(general: readonly GlossaryTerm[], region: RegionGlossary): GlossaryMerge {
  const known = new Set(general.map((g) => g.id));
  const byId = new Map(region.sources.map((s) => [s.id, s]));
  const problems: GlossaryMerge['problems'] = [];
  const notesFor = new Map<string, RegionGlossary['notes']>();
  region.notes.forEach((note, i) => {
    if (!known.has(note.term)) {
      problems.push({
        field: `notes.${i}.term`,
        message: `bernilai "${note.term}", tetapi tidak ada istilah dengan id itu di glosarium; pilih salah satu: ${[...known].join(', ')}.`,
      });
      return;
    }
    notesFor.set(note.term, [...(notesFor.get(note.term) ?? []), note]);
  });
  const terms = general.map((g) => {
    const notes = notesFor.get(g.id);
    if (!notes) return g;
    const sources: GlossarySource[] = [...(g.sources ?? [])];
    for (const ref of notes.flatMap((n) => n.sources)) {
      const s = byId.get(ref);
      if (s && !sources.some((x) => x.url === sourceHref(s))) sources.push({ title: s.title, url: sourceHref(s) ?? '', publisher: s.publisher });
    }
    return {
      ...g,
      definitionId: [g.definitionId, ...notes.map((n) => n.id)].join(' '),
      definitionEn: [g.definitionEn, ...notes.map((n) => n.en)].join(' '),
      sources,
    };
  });
  return { terms, problems };
}
