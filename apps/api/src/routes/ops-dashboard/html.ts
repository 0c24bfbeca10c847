/**
 * A very small HTML toolkit for the ops dashboard: `html` escapes every interpolated value unless it is
 * already Html, so a page is safe by construction; no template engine, no build step, nothing external.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

type Part = Html | string | number | bigint | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/** Tagged template: interpolations are escaped (arrays joined), Html passes through. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i] as Part) + (strings[i + 1] ?? "");
  return new Html(out);
}

/** Marks trusted markup (only for strings this module built). */
export const raw = (value: string) => new Html(value);

// ---- Formatting -------------------------------------------------------------------------------------------

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A count as shown (thousands separated). Tests read numbers back with `parseShown`. */
export function num(n: number | bigint | null | undefined): string {
  if (n === null || n === undefined) return "—";
  return integer.format(typeof n === "bigint" ? Number(n) : n);
}

export function decimal(n: number, digits = 2): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function percent(part: number, whole: number): string {
  if (whole <= 0) return "—";
  return `${decimal((100 * part) / whole, 1)}%`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${decimal(v, 1)} ${units[i]}`;
}

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  const h = Math.floor(s / 3600);
  return `${h}h ${Math.floor((s % 3600) / 60)}m`;
}

/** A time as UTC ISO (seconds) inside <time>, with how long ago in the title. */
export function when(at: Date | string | null | undefined): Html {
  if (!at) return html`<span class="muted">—</span>`;
  const d = typeof at === "string" ? new Date(at) : at;
  const iso = d.toISOString();
  const ago = Date.now() - d.getTime();
  const rel = ago >= 0 ? `${duration(ago)} ago` : `in ${duration(-ago)}`;
  return html`<time datetime="${iso}" title="${rel}">${iso.slice(0, 19).replace("T", " ")}Z</time>`;
}

const STATUS_TONE: Record<string, string> = {
  active: "ok",
  completed: "ok",
  succeeded: "ok",
  enabled: "ok",
  running: "info",
  queued: "info",
  pending: "info",
  pending_consent: "warn",
  paused: "warn",
  skipped: "muted",
  cancelled: "muted",
  offboarded: "muted",
  failed: "bad",
  dead: "bad",
  consent_failed: "bad",
  consent_revoked: "bad",
  consent_incomplete: "bad",
  disabled: "bad",
  blocked: "bad",
};

export function badge(status: string, testid?: string): Html {
  return html`<span class="badge ${STATUS_TONE[status] ?? "muted"}"${testid ? raw(` data-testid="${escapeHtml(testid)}"`) : ""}>${status}</span>`;
}

/** A figure with a label; `testid` names the number for tests and scripts. */
export function stat(label: string, value: string | Html, testid: string, note?: string | Html): Html {
  return html`<div class="stat"><div class="label">${label}</div><div class="value" data-testid="${testid}">${value}</div>${
    note ? html`<div class="note">${note}</div>` : ""
  }</div>`;
}

/** A bar of `value` out of `max`, drawn in SVG (no inline styles: the CSP forbids them). */
export function bar(value: number, max: number, testid?: string): Html {
  const ratio = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  const tone = ratio < 0.1 ? "bad" : ratio < 0.5 ? "warn" : "ok";
  return html`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${decimal(
    ratio * 100,
    0,
  )}%"${testid ? raw(` data-testid="${escapeHtml(testid)}"`) : ""} data-ratio="${ratio.toFixed(4)}"><rect class="track" x="0" y="0" width="100" height="8"/><rect class="fill ${tone}" x="0" y="0" width="${(
    ratio * 100
  ).toFixed(2)}" height="8"/></svg>`;
}

export interface Series {
  name: string;
  /** One value per point (per second rates, say). */
  values: number[];
  tone: "a" | "b" | "c";
}

/**
 * A line chart of per-minute points, drawn on the server as SVG: axes at 0 and the maximum, one polyline
 * per series, and the points' values in data attributes (so tests and scripts can read what is drawn).
 */
export function lineChart(opts: {
  testid: string;
  title: string;
  unit: string;
  series: Series[];
  /** Label of the first and last point, e.g. "-60 min" and "now". */
  from: string;
  to: string;
}): Html {
  const width = 600;
  const height = 160;
  const pad = { left: 44, right: 8, top: 10, bottom: 20 };
  const points = Math.max(...opts.series.map((s) => s.values.length), 2);
  const max = Math.max(0, ...opts.series.flatMap((s) => s.values));
  const top = max > 0 ? niceCeiling(max) : 1;
  const x = (i: number) => pad.left + ((width - pad.left - pad.right) * i) / (points - 1);
  const y = (v: number) => height - pad.bottom - ((height - pad.top - pad.bottom) * v) / top;
  const lines = opts.series.map(
    (s) =>
      html`<polyline class="line ${s.tone}" fill="none" points="${s.values
        .map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
        .join(" ")}" data-series="${s.name}" data-values="${s.values.map((v) => round3(v)).join(",")}"/>`,
  );
  const legend = opts.series.map((s) => html`<span class="legend ${s.tone}">${s.name}</span>`);
  return html`<figure class="chart" data-testid="${opts.testid}">
  <figcaption>${opts.title} <span class="muted">(${opts.unit})</span> ${legend}</figcaption>
  <svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${opts.title}">
    <line class="axis" x1="${pad.left}" y1="${y(0)}" x2="${width - pad.right}" y2="${y(0)}"/>
    <line class="grid" x1="${pad.left}" y1="${y(top)}" x2="${width - pad.right}" y2="${y(top)}"/>
    <line class="grid" x1="${pad.left}" y1="${y(top / 2)}" x2="${width - pad.right}" y2="${y(top / 2)}"/>
    <text class="tick" x="${pad.left - 4}" y="${y(top) + 4}" text-anchor="end">${shortNumber(top)}</text>
    <text class="tick" x="${pad.left - 4}" y="${y(top / 2) + 4}" text-anchor="end">${shortNumber(top / 2)}</text>
    <text class="tick" x="${pad.left - 4}" y="${y(0) + 4}" text-anchor="end">0</text>
    <text class="tick" x="${pad.left}" y="${height - 4}">${opts.from}</text>
    <text class="tick" x="${width - pad.right}" y="${height - 4}" text-anchor="end">${opts.to}</text>
    ${lines}
  </svg>
</figure>`;
}

function round3(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

function niceCeiling(v: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= v) return step * magnitude;
  return 10 * magnitude;
}

function shortNumber(v: number): string {
  if (v >= 1_000_000) return `${decimal(v / 1_000_000, 1)}M`;
  if (v >= 1000) return `${decimal(v / 1000, 1)}k`;
  return v >= 10 || Number.isInteger(v) ? String(Math.round(v)) : decimal(v, 2);
}
