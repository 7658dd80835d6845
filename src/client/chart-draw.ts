/**
 * Draws one bar chart from the JSON in its data-chart attribute (loaded on demand by
 * src/client/charts.ts when a chart nears the screen).
 * Only the bar controller, bar element and the two scales are registered (no tooltip,
 * no legend plugin: values are written on the bars, the legend is HTML) to keep the
 * bundle small. Charts stay hidden without JavaScript; the tables carry the numbers.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { CHART_STYLES, type ChartSpec, type PatternKind } from '../lib/chart-spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const INK = '#1b1f24';
const GRID = '#d5dbe1';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** A fill for one style: the colour itself, or the colour as a pattern on white. */
function fill(kind: PatternKind, color: string): string | CanvasPattern {
  if (kind === 'solid') return color;
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const g = tile.getContext('2d');
  if (!g) return color;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, size, size);
  g.strokeStyle = g.fillStyle = color;
  g.lineWidth = 2;
  if (kind === 'stripes') {
    g.beginPath();
    g.moveTo(0, size);
    g.lineTo(size, 0);
    g.moveTo(-size / 2, size / 2);
    g.lineTo(size / 2, -size / 2);
    g.moveTo(size / 2, size * 1.5);
    g.lineTo(size * 1.5, size / 2);
    g.stroke();
  } else if (kind === 'dots') {
    g.beginPath();
    g.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
    g.fill();
  } else {
    g.lineWidth = 1.5;
    g.strokeRect(0.75, 0.75, size - 1.5, size - 1.5);
  }
  return g.createPattern(tile, 'repeat') ?? color;
}

/** Writes each bar's value at its end, so no number depends on colour or hovering. */
const valueLabels = (spec: ChartSpec): Plugin<'bar'> => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = INK;
    ctx.font = `600 12px ${FONT}`;
    chart.data.datasets.forEach((_, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      meta.data.forEach((bar, i) => {
        const text = spec.series[d]?.texts[i];
        if (!text) return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        if (spec.horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 4, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, y - 3);
        }
      });
    });
    ctx.restore();
  },
});

/** Draws the chart of one box; its frame already has its final height (a sized spacer), so nothing moves. */
export function draw(box: HTMLElement) {
  const canvas = box.querySelector('canvas');
  if (!canvas || box.dataset.drawn) return;
  const spec = JSON.parse(box.dataset.chart ?? '{}') as ChartSpec;
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const catAxis = spec.horizontal ? 'y' : 'x';
  const styleOf = (s: number) => CHART_STYLES[s % CHART_STYLES.length]!;
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => {
        const styles = Array.isArray(s.style) ? s.style.map(styleOf) : styleOf(s.style);
        const pick = <T,>(f: (st: (typeof CHART_STYLES)[number]) => T) => (Array.isArray(styles) ? styles.map(f) : f(styles));
        return {
          label: s.label,
          data: s.values,
          backgroundColor: pick((st) => fill(st.pattern, st.color)),
          borderColor: pick((st) => st.color),
          borderWidth: 1.5,
          maxBarThickness: 28,
        };
      }),
    },
    options: {
      indexAxis: catAxis === 'y' ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      layout: { padding: spec.horizontal ? { right: 48 } : { top: 20 } },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ...(spec.max ? { max: spec.max } : { grace: '8%' }),
          ticks: { color: INK, precision: 0, font: { family: FONT }, callback: (v: string | number) => `${v}${spec.suffix ?? ''}` },
          grid: { color: GRID },
        },
        [catAxis]: { ticks: { color: INK, autoSkip: false, font: { family: FONT } }, grid: { display: false } },
      },
    },
    plugins: [valueLabels(spec)],
  };
  new Chart(canvas, config);
  box.dataset.drawn = 'true';
}

