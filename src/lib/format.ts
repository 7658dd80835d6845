/** Dates and numbers for readers, through Intl (id-ID by default; en-GB for the English edition). */

const LOCALE = 'id-ID';

// Intl formatters are costly to construct and are asked for on every page: one per locale and shape.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, shape: 'y' | 'ym' | 'ymd'): Intl.DateTimeFormat {
  const key = `${locale}|${shape}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (shape !== 'y') options.month = 'long';
    if (shape === 'ymd') options.day = 'numeric';
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

function numberFormat(locale: string, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, style === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 2 });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * Formatted dates by locale and value: formatting costs some 10 µs a call, and pages ask for the
 * same few thousand dates (sources, metrics, launches) again and again.
 */
const formattedDates = new Map<string, Map<string, string>>();

/** "2020" → "2020"; "2020-10" → "Oktober 2020"; "2020-10-02" → "2 Oktober 2020". */
export function formatPartialDate(value: string, locale = LOCALE): string {
  let byValue = formattedDates.get(locale);
  if (!byValue) formattedDates.set(locale, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) byValue.set(value, (text = formatDateParts(value, locale)));
  return text;
}

function formatDateParts(value: string, locale: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return dateFormat(locale, 'y').format(Date.UTC(y, 0, 1));
  if (d === undefined) return dateFormat(locale, 'ym').format(Date.UTC(y, m - 1, 1));
  return dateFormat(locale, 'ymd').format(Date.UTC(y, m - 1, d));
}

/** Grouped number: 12000 → "12.000", 1.4 → "1,4". */
export function formatNumber(value: number, locale = LOCALE): string {
  return numberFormat(locale, 'decimal').format(value);
}

/** Share as a whole percentage: 0.375 → "38%" (id-ID: "38%"). */
export function formatPercent(share: number, locale = LOCALE): string {
  return numberFormat(locale, 'percent').format(share);
}

/** Year of a partial date. */
export function yearOf(value: string | undefined): number | undefined {
  return value ? Number(value.slice(0, 4)) : undefined;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/**
 * Rupiah in words a reader says aloud: 4000000000 → "Rp4 miliar" (id-ID), "Rp4 billion" (en-GB);
 * below a million the full grouped number: 950000 → "Rp950.000".
 */
export function formatMoney(value: number, locale = LOCALE): string {
  if (Math.abs(value) < 1_000_000) return `Rp${formatNumber(value, locale)}`;
  let f = compactFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
    compactFormats.set(locale, f);
  }
  return `Rp${f.format(value)}`;
}

/** A metric unit that counts rupiah ("rupiah", "rupiah (kumulatif sejak 2012)", "Rp"). */
export function isMoneyUnit(unit: string): boolean {
  return /^(rupiah|rp\.?)(\s|$|\()/i.test(unit.trim());
}

const shortDates = new Map<string, Intl.DateTimeFormat>();

/**
 * A date under a chart bar, as lines that fit `widthPx` at `fontPx` (about 0.6 em per character):
 * "2 Okt 2020" on one line when it fits, else "2 Okt" / "2020"; a year alone stays one line.
 */
export function axisDateLines(value: string, widthPx: number, locale = LOCALE, fontPx = 10): string[] {
  const parts = value.split('-');
  if (parts.length === 1) return [value];
  const key = `${locale}|${parts.length}`;
  let f = shortDates.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'short', ...(parts.length === 3 ? { day: 'numeric' } : {}), timeZone: 'UTC' });
    shortDates.set(key, f);
  }
  const [y, m, d] = parts.map(Number) as [number, number, number?];
  const dayMonth = f.format(Date.UTC(y, m - 1, d ?? 1));
  const one = `${dayMonth} ${y}`;
  return one.length * fontPx * 0.6 <= widthPx - 4 ? [one] : [dayMonth, String(y)];
}
