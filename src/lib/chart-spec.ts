/**
 * What travels from the build to the browser for one bar chart (as JSON in a data
 * attribute), and the visual styles shared by the chart script and the HTML legend.
 * Every style has a pattern as well as a colour, so colour never carries meaning alone;
 * every colour has at least 4.5:1 contrast on white.
 */

export const CHART_STYLES = [
  { color: '#0b5563', pattern: 'solid', name: 'penuh' },
  { color: '#8a4b00', pattern: 'stripes', name: 'arsir' },
  { color: '#5b3a8c', pattern: 'dots', name: 'titik-titik' },
  { color: '#1b1f24', pattern: 'cross', name: 'kotak-kotak' },
] as const;

export type PatternKind = (typeof CHART_STYLES)[number]['pattern'];

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** The value drawn at the end of each bar, already formatted ("5", "37,5%"). */
  texts: string[];
  /** Index into CHART_STYLES, for the whole series or per bar. */
  style: number | number[];
}

export interface ChartSpec {
  /** true: bars run left to right (long category names); false: bars stand up (years). */
  horizontal: boolean;
  /** Category names; an array is drawn as several lines. */
  labels: (string | string[])[];
  series: ChartSeries[];
  /** Fixed top of the value axis (100 for percentages). */
  max?: number;
  /** Appended to value-axis ticks ("%"). */
  suffix?: string;
  /** Fixed height in CSS pixels (otherwise computed from the number of bars). */
  height?: number;
}

/** Splits a long category name into lines of at most `width` characters, at spaces. */
export function wrapLabel(label: string, width = 24): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Height in CSS pixels a chart needs so every bar and label stays readable. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.height) return spec.height;
  if (!spec.horizontal) return 300;
  const lines = spec.labels.reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : 1), 0);
  const perCategory = Math.max(24, 14 * spec.series.length + 8);
  return Math.max(140, Math.max(lines * 16, spec.labels.length * perCategory) + 60);
}
