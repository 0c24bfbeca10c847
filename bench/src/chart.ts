/**
 * A small SVG line chart writer. Written here rather than taken from npm because the charts are simple
 * (a few lines over time and dashed limit lines), must render in Node with no browser or canvas, and the
 * machines that run the bench reach no CDN: a few dozen lines of string building beat a dependency.
 */

export interface Series {
  label: string;
  points: { t: number; v: number }[];
  color?: string;
}

export interface RefLine {
  label: string;
  value: number;
  color?: string;
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  refLines?: RefLine[];
  width?: number;
  height?: number;
  /** Lower bound of the y axis is always 0; the upper one is at least this. */
  yMin?: number;
}

const PALETTE = ["#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Ticks at 1, 2 or 5 × 10^k covering [0, max]. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function fmt(v: number): string {
  if (Math.abs(v) >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (Math.abs(v) >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(Number(v.toPrecision(4)));
}

export function lineChart(spec: ChartSpec): string {
  const width = spec.width ?? 900;
  const height = spec.height ?? 420;
  const m = { top: 40, right: 20, bottom: 50, left: 70 };
  const legendRows = Math.ceil((spec.series.length + (spec.refLines?.length ?? 0)) / 3);
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom - legendRows * 18;
  const all = spec.series.flatMap((s) => s.points);
  const tMax = Math.max(1, ...all.map((p) => p.t));
  const vMax = Math.max(
    spec.yMin ?? 0,
    ...all.map((p) => p.v),
    ...(spec.refLines ?? []).map((r) => r.value * 1.1),
  );
  const yTicks = niceTicks(vMax);
  const yTop = yTicks.at(-1) as number;
  const xTicks = niceTicks(tMax, 8);
  const xRight = Math.max(tMax, xTicks.at(-1) as number);
  const x = (t: number) => m.left + (t / xRight) * plotW;
  const y = (v: number) => m.top + plotH - (v / yTop) * plotH;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${esc(spec.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(spec.title)}</text>`,
  );
  for (const v of yTicks) {
    out.push(
      `<line x1="${m.left}" x2="${m.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/>`,
      `<text x="${m.left - 6}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text>`,
    );
  }
  for (const t of xTicks) {
    if (t > xRight) continue;
    out.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${m.top}" y2="${m.top + plotH}" stroke="#f0f0f0"/>`,
      `<text x="${x(t)}" y="${m.top + plotH + 16}" text-anchor="middle">${fmt(t)}</text>`,
    );
  }
  out.push(
    `<rect x="${m.left}" y="${m.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
    `<text x="${m.left + plotW / 2}" y="${m.top + plotH + 36}" text-anchor="middle">${esc(spec.xLabel)}</text>`,
    `<text transform="translate(16 ${m.top + plotH / 2}) rotate(-90)" text-anchor="middle">${esc(spec.yLabel)}</text>`,
  );
  const legend: { label: string; color: string; dashed: boolean }[] = [];
  for (const [i, r] of (spec.refLines ?? []).entries()) {
    const color = r.color ?? "#555";
    out.push(
      `<line x1="${m.left}" x2="${m.left + plotW}" y1="${y(r.value)}" y2="${y(r.value)}" stroke="${color}" stroke-dasharray="6 4" stroke-width="1.5"/>`,
      `<text x="${m.left + plotW - 4}" y="${y(r.value) - 4 - (i % 2) * 0}" text-anchor="end" fill="${color}">${esc(r.label)}</text>`,
    );
    legend.push({ label: r.label, color, dashed: true });
  }
  for (const [i, s] of spec.series.entries()) {
    const color = s.color ?? PALETTE[i % PALETTE.length]!;
    if (s.points.length > 0) {
      const d = s.points.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(" ");
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="1.8" points="${d}"/>`);
    }
    legend.push({ label: s.label, color, dashed: false });
  }
  const legendTop = m.top + plotH + 48;
  for (const [i, l] of legend.entries()) {
    const lx = m.left + (i % 3) * (plotW / 3);
    const ly = legendTop + Math.floor(i / 3) * 18;
    out.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${l.color}" stroke-width="2"${l.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      `<text x="${lx + 30}" y="${ly}">${esc(l.label)}</text>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
