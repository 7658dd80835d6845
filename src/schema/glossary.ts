/**
 * Facts about this region for the glossary: content/glossary.yaml (optional). The general
 * definitions of government terms live in code (src/i18n/glossary.ts) and hold no region facts;
 * each note here adds a sourced sentence about this region to one of those terms, e.g. how many
 * kelurahan the city has. Another pemda replaces or deletes this file.
 */
import { z } from 'astro/zod';
import './messages.ts';
import { slug, strict, text } from './fields.ts';
import { sourceRef, sourceReferences, sourceSchema } from './source.ts';

export const glossaryNoteSchema = strict({
  /** `id` istilah glosarium yang dilengkapi (jangkar di /glosarium/, mis. "kelurahan"). */
  term: slug,
  /** Fakta daerah dalam bahasa Indonesia, satu atau dua kalimat; ditampilkan setelah definisi umum. */
  id: text,
  /** Fakta yang sama dalam bahasa Inggris, untuk /en/glossary/ (terjemahan oleh penulis). */
  en: text,
  /** `id` sumber fakta ini (di `sources` berkas yang sama). */
  sources: z.array(sourceRef).min(1),
});

export const regionGlossarySchema = strict({
  /** Fakta daerah, masing-masing untuk satu istilah. */
  notes: z.array(glossaryNoteSchema).default([]),
  /** Sumber fakta-fakta itu. */
  sources: z.array(sourceSchema).default([]),
}).superRefine((file, ctx) => {
  const check = sourceReferences(file.sources, ctx);
  file.notes.forEach((note, i) => note.sources.forEach((ref, j) => check(ref, ['notes', i, 'sources', j])));
});

export type RegionGlossary = z.output<typeof regionGlossarySchema>;
export type GlossaryNote = z.output<typeof glossaryNoteSchema>;
