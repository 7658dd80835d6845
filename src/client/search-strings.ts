/** Search strings for the browser, in the language of the page (<html lang>). */
import { searchUi as idSearch } from '../i18n/id-search.ts';
import { searchUi as enSearch } from '../i18n/en-search.ts';
import type { Widen } from '../i18n/index.ts';

export const searchUi: Widen<typeof idSearch> = document.documentElement.lang === 'en' ? enSearch : idSearch;
