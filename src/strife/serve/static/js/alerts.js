// The alerts panel: what `strife watch` stored, newest period first. Each alert shows its
// area's recent periods as a small chart (bars: incidents observed; line: what the area's
// own past predicted) and links to the incidents behind it. Text only, never markup.
import { el, getJSON, svg, withParams } from "./api.js";

const SHOWN = 10;
const LINKED = 8;
const W = 160;
const H = 36;

function chart(series, label) {
  const box = svg("svg", { class: "spark", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label });
  if (!series.length) return box;
  const top = Math.max(1, ...series.map((p) => Math.max(p.observed, p.expected)));
  const step = W / series.length;
  series.forEach((p, i) => {
    const h = (p.observed / top) * (H - 2);
    const last = i === series.length - 1;
    box.append(svg("rect", { x: i * step + 0.5, y: H - h, width: Math.max(1, step - 1), height: h, class: last ? "now" : "past" }));
  });
  const points = series.map((p, i) => `${(i + 0.5) * step},${H - (p.expected / top) * (H - 2)}`);
  box.append(svg("polyline", { points: points.join(" "), class: "expected" }));
  return box;
}

function item(alert) {
  const what = `${alert.observed} incidents where ${alert.expected} were expected`;
  const head = el("p", { class: "alert-head" },
    el("strong", {}, alert.area), ` (${alert.area_code}) · ${alert.period} of ${alert.period_start} to ${alert.period_end}`);
  const facts = el("p", { class: "alert-facts" },
    `${what} · ${alert.deaths} killed · score ${alert.score} · ${alert.documents} news documents`);
  if (alert.coverage_surge) facts.append(" ", el("span", { class: "badge", title: "documents per incident far above this area's norm" }, "coverage surge"));
  const links = el("p", { class: "alert-links" }, "Incidents: ");
  alert.incidents.slice(0, LINKED).forEach((id, i) => {
    if (i) links.append(", ");
    links.append(el("a", { href: `/incidents/${encodeURIComponent(id)}` }, id));
  });
  if (alert.incidents.length > LINKED) links.append(` and ${alert.incidents.length - LINKED} more`);
  const label = `${alert.area}: incidents per ${alert.period} over the last ${alert.series.length} ${alert.period}s, with the expected count`;
  return el("li", { class: "alert" }, chart(alert.series, label), el("div", {}, head, facts, links));
}

export class AlertPanel {
  constructor(list, note) {
    this.list = list;
    this.note = note;
  }

  async update(params) {
    const query = new URLSearchParams({ limit: String(SHOWN) });
    if (params.get("country")) query.set("area", params.get("country"));
    if (params.get("from")) query.set("from", params.get("from"));
    if (params.get("to")) query.set("to", params.get("to"));
    const body = await getJSON(withParams("/api/alerts", query));
    this.list.replaceChildren(...body.alerts.map(item));
    this.note.textContent = body.total
      ? `${Math.min(body.total, SHOWN)} of ${body.total} alerts, newest first.`
      : "No alerts stored for these filters (run strife watch).";
  }
}
