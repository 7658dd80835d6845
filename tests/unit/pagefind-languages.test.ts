/**
 * The Component UI's string tables trimmed to the site's languages (src/integrations/pagefind-languages.ts),
 * on the installed @pagefind/component-ui module: the tables kept are loaded as the module loads
 * them, the others are gone, and a module laid out otherwise is refused.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepTranslations } from '../../src/integrations/pagefind-languages.ts';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', '@pagefind', 'component-ui', 'npm_dist', 'mjs', 'component-ui.mjs'), 'utf8');

/**
 * Runs the module's string tables and its translation loop as core/translations.ts does, without
 * the rest (custom elements need a DOM): from the first table to the loop's end.
 */
function tablesOf(code: string): Record<string, { language: string; placeholder?: string }> {
  const start = code.indexOf('// ../translations/');
  const loopEnd = code.indexOf('function getTranslations(');
  const bcp = code.indexOf('// node_modules/is-alphabetical/index.js');
  const translationsTs = code.indexOf('// core/translations.ts');
  const body = code.slice(start, bcp) + code.slice(translationsTs, loopEnd);
  const exportHelper = 'var __export = (target, all) => { for (var name in all) Object.defineProperty(target, name, { get: all[name], enumerable: true }); };';
  return new Function(`${exportHelper}\n${body}\nreturn translations;`)() as Record<string, { language: string; placeholder?: string }>;
}

describe('keepTranslations', () => {
  const all = tablesOf(source);
  const trimmed = keepTranslations(source, ['id', 'en']);

  it('the installed Component UI carries many languages (else there is nothing to trim)', () => {
    expect(Object.keys(all).length).toBeGreaterThan(20);
    expect(all.id?.placeholder).toBe('Cari');
  });

  it('keeps the site\'s languages exactly as they were, and no other', () => {
    const kept = tablesOf(trimmed);
    expect(Object.keys(kept).sort()).toEqual(['en', 'id']);
    expect(kept.id).toEqual(all.id);
    expect(kept.en).toEqual(all.en);
    expect(trimmed.length).toBeLessThan(source.length * 0.7);
    expect(trimmed).not.toMatch(/\bfr_exports\b|translations\/fr\.json/);
    // Everything after the tables is untouched.
    const tail = (code: string) => code.slice(code.indexOf('var __default = modules;'));
    expect(tail(trimmed).replace(/^var filenames = .*$/m, '')).toBe(tail(source).replace(/^var filenames = .*$/m, ''));
  });

  it('always keeps English, the Component UI\'s fallback, and takes language codes case-blind', () => {
    expect(Object.keys(tablesOf(keepTranslations(source, ['FR']))).sort()).toEqual(['en', 'fr']);
  });

  it('refuses a module laid out otherwise, with an Indonesian message', () => {
    expect(() => keepTranslations('export const x = 1;', ['id'])).toThrow(/susunan @pagefind\/component-ui berubah/);
    const unaligned = source.replace(/^var modules = \[af_exports, /m, 'var modules = [');
    expect(() => keepTranslations(unaligned, ['id'])).toThrow(/tidak sejajar/);
  });
});
