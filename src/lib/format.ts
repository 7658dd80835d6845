/** Dates and numbers for readers, through Intl (id-ID by default). */

const LOCALE = 'id-ID';

/** "2020" → "2020"; "2020-10" → "Oktober 2020"; "2020-10-02" → "2 Oktober 2020". */
export function formatPartialDate(value: string, locale = LOCALE): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, 0, 1));
  if (d === undefined) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
  }
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Grouped number: 12000 → "12.000", 1.4 → "1,4". */
export function formatNumber(value: number, locale = LOCALE): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Share as a whole percentage: 0.375 → "38%" (id-ID: "38%"). */
export function formatPercent(share: number, locale = LOCALE): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Year of a partial date. */
export function yearOf(value: string | undefined): number | undefined {
  return value ? Number(value.slice(0, 4)) : undefined;
}
