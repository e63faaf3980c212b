/** Bar charts as static SVG: offline, free for the browser with 10,000 records, testable without one; a charting library would inline a large script for bars alone. */

/** One series of a chart: a name for the legend, a colour, and one value per category. */
export interface Series {
  name: string;
  color: string;
  values: number[];
}

/** Escapes text for HTML and SVG. */
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const FONT = `font-family="system-ui, sans-serif" font-size="11"`;

function legend(series: Series[], x: number, y: number): string {
  return series
    .map((s, i) => `<rect x="${x + i * 110}" y="${y}" width="10" height="10" fill="${s.color}"/><text x="${x + i * 110 + 14}" y="${y + 9}" ${FONT}>${esc(s.name)}</text>`)
    .join("");
}

/** A readable axis end at or above `v` whose quarter is whole: charts count documents, so a tick of 12.5 is noise. */
export function niceMax(v: number): number {
  if (v <= 4) return 4;
  if (v <= 8) return 8;
  const p = 10 ** Math.max(1, Math.floor(Math.log10(v)));
  return [1.2, 1.6, 2, 4, 6, 8, 10, 12].map((m) => Math.round(m * p)).find((m) => m >= v)!;
}

/** A vertical stacked bar chart: one bar per category, the series stacked. */
export function columnChart(title: string, categories: string[], series: Series[], opts: { yLabel?: string } = {}): string {
  const w = Math.max(360, 60 + categories.length * 34);
  const h = 240;
  const left = 44;
  const top = 30;
  const plotH = 150;
  const totals = categories.map((_, i) => series.reduce((s, x) => s + x.values[i], 0));
  const max = niceMax(Math.max(0, ...totals));
  const bw = Math.min(28, (w - left - 10) / Math.max(1, categories.length) - 6);
  const parts: string[] = [];
  for (let t = 0; t <= 4; t++) {
    const v = (max * t) / 4;
    const y = top + plotH - (plotH * t) / 4;
    parts.push(`<line x1="${left}" x2="${w - 6}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${left - 4}" y="${y + 4}" text-anchor="end" ${FONT}>${Number.isInteger(v) ? v : v.toFixed(1)}</text>`);
  }
  categories.forEach((c, i) => {
    const x = left + 6 + i * (bw + 6);
    let y = top + plotH;
    for (const s of series) {
      const bh = (plotH * s.values[i]) / max;
      if (bh > 0) parts.push(`<rect x="${x}" y="${y - bh}" width="${bw}" height="${bh}" fill="${s.color}"><title>${esc(`${c}: ${s.name} ${s.values[i]}`)}</title></rect>`);
      y -= bh;
    }
    parts.push(`<text x="${x + bw / 2}" y="${top + plotH + 12}" text-anchor="end" transform="rotate(-45 ${x + bw / 2} ${top + plotH + 12})" ${FONT}>${esc(c)}</text>`);
  });
  const yl = opts.yLabel ? `<text x="12" y="${top + plotH / 2}" transform="rotate(-90 12 ${top + plotH / 2})" text-anchor="middle" ${FONT}>${esc(opts.yLabel)}</text>` : "";
  return `<svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" xmlns="http://www.w3.org/2000/svg">${yl}${parts.join("")}${legend(series, left, 6)}</svg>`;
}

/** A horizontal stacked bar chart: one bar per category (label on the left), the series stacked. */
export function barChart(title: string, categories: string[], series: Series[]): string {
  const w = 620;
  const left = 150;
  const top = 26;
  const rowH = 18;
  const h = top + categories.length * rowH + 10;
  const totals = categories.map((_, i) => series.reduce((s, x) => s + x.values[i], 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotW = w - left - 40;
  const parts: string[] = [];
  categories.forEach((c, i) => {
    const y = top + i * rowH;
    let x = left;
    parts.push(`<text x="${left - 6}" y="${y + 12}" text-anchor="end" ${FONT}>${esc(c)}</text>`);
    for (const s of series) {
      const bw = (plotW * s.values[i]) / max;
      if (bw > 0) parts.push(`<rect x="${x}" y="${y + 2}" width="${bw}" height="${rowH - 4}" fill="${s.color}"><title>${esc(`${c}: ${s.name} ${s.values[i]}`)}</title></rect>`);
      x += bw;
    }
    parts.push(`<text x="${x + 4}" y="${y + 12}" ${FONT}>${totals[i]}</text>`);
  });
  return `<svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" xmlns="http://www.w3.org/2000/svg">${parts.join("")}${legend(series, left, 4)}</svg>`;
}
