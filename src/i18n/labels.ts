/** Labels of the fixed vocabularies in a language (Indonesian labels live in src/schema/enums.ts). */
import { labelOf, type Choice } from '../schema/enums.ts';
import { vocabTables } from './en-vocab.ts';
import type { Lang } from './index.ts';

/** Label of a vocabulary id in `lang`; the Indonesian label when no translation exists. */
export function labelIn(list: readonly Choice[], id: string, lang: Lang): string {
  if (lang === 'en') {
    const label = vocabTables.get(list)?.[id];
    if (label !== undefined) return label;
  }
  return labelOf(list, id);
}
