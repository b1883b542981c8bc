// The incident list: one page at a time from the server, newest first by default.
import { el, getJSON, withParams } from "./api.js";

const PAGE = 25;

export class IncidentList {
  constructor({ rows, prev, next, page, summary }) {
    Object.assign(this, { rows, prev, next, page, summary });
    this.offset = 0;
    this.total = 0;
    prev.addEventListener("click", () => this.load(Math.max(0, this.offset - PAGE)));
    next.addEventListener("click", () => this.load(this.offset + PAGE));
  }

  async update(params, sort) {
    this.params = params;
    this.sort = sort;
    await this.load(0);
  }

  async load(offset) {
    const url = withParams("/api/incidents", this.params, { limit: PAGE, offset, sort: this.sort });
    const body = await getJSON(url);
    this.offset = body.offset;
    this.total = body.total;
    this.rows.replaceChildren(...body.incidents.map(row));
    if (!body.incidents.length) {
      this.rows.append(el("tr", {}, el("td", { colspan: 7 }, "No incidents match these filters.")));
    }
    const shown = body.incidents.length;
    this.page.textContent = shown ? `${this.offset + 1}–${this.offset + shown} of ${this.total}` : "";
    this.prev.disabled = this.offset === 0;
    this.next.disabled = body.next === null;
    this.summary.textContent = `${this.total} incident${this.total === 1 ? "" : "s"} match.`;
  }
}

function row(incident) {
  const where = incident.location;
  const place = [where.name, where.country].filter(Boolean).join(", ") || "unknown place";
  const link = el("a", { href: `/incidents/${encodeURIComponent(incident.id)}` }, place);
  const groups = [
    ...incident.perpetrators.filter((p) => p.kind === "group").map((p) => p.name),
    ...incident.claimed_by,
  ];
  const date = incident.date.start || "undated";
  return el(
    "tr", {},
    el("td", {}, date),
    el("td", {}, link),
    el("td", {}, incident.attack_types[0] || "Unknown"),
    el("td", { class: "num" }, incident.killed.total ?? "?"),
    el("td", { class: "num" }, incident.wounded.total ?? "?"),
    el("td", {}, [...new Set(groups)].join(", ")),
    el("td", {}, el("span", { class: `badge badge-${incident.review.status}` }, incident.review.status)),
  );
}
