// Timeline: stacked bars of incidents (or deaths) per day, week or month and attack type.
// The server aggregates; this only draws at most a few thousand rectangles.
import { el, getJSON, loadCodebook, svg, withParams } from "./api.js";

const WIDTH = 800;
const HEIGHT = 170;
const DAY = 86400000;

export class Timeline {
  constructor(node, legend, { onSelectPeriod }) {
    this.node = node;
    this.legend = legend;
    this.onSelectPeriod = onSelectPeriod;
    this.axis = el("div", { class: "axis", "aria-hidden": "true" });
    node.after(this.axis);
    this.bars = [];
    this.measure = "incidents";
    this.interval = "week";
    this.colours = {};
  }

  async update(params, interval) {
    this.interval = interval;
    const [body, codebook] = await Promise.all([
      getJSON(withParams("/api/timeline", params, { interval })),
      loadCodebook(),
    ]);
    this.colours = codebook.attack_colours;
    this.bars = body.bars;
    this.draw();
  }

  setMeasure(measure) {
    this.measure = measure;
    this.draw();
  }

  draw() {
    this.node.replaceChildren();
    if (!this.bars.length) {
      this.axis.replaceChildren(el("span", {}, "no dated incidents"));
      this.legend.replaceChildren();
      return;
    }
    const periods = [...new Set(this.bars.map((b) => b.period))].sort();
    let first = Date.parse(periods[0]);
    let last = periodEnd(periods[periods.length - 1], this.interval);
    // Show at least a dozen periods, so that one busy week is a bar, not a wall.
    const minimum = 12 * (periodEnd(periods[0], this.interval) - first);
    if (last - first < minimum) {
      const extra = minimum - (last - first);
      first -= extra / 2;
      last += extra / 2;
    }
    const scaleX = WIDTH / Math.max(last - first, DAY);
    const stacks = stackByPeriod(this.bars, this.measure);
    const top = Math.max(1, ...[...stacks.values()].map((s) => s.total));
    for (const [period, stack] of stacks) {
      const x = (Date.parse(period) - first) * scaleX;
      const w = Math.max(1.5, (periodEnd(period, this.interval) - Date.parse(period)) * scaleX - 0.5);
      let y = HEIGHT;
      for (const part of stack.parts) {
        const h = (part.value / top) * (HEIGHT - 4);
        y -= h;
        const rect = svg("rect", { x, y, width: w, height: h, fill: this.colours[part.type] || "#444" });
        const title = svg("title");
        title.textContent = `${period}: ${part.value} ${this.measure} (${part.type})`;
        rect.append(title);
        rect.addEventListener("click", () => this.onSelectPeriod(period, isoDay(periodEnd(period, this.interval) - DAY)));
        this.node.append(rect);
      }
    }
    this.axis.replaceChildren(
      el("span", {}, isoDay(first)),
      el("span", {}, `highest bar: ${top} ${this.measure} per ${this.interval}`),
      el("span", {}, isoDay(last - DAY)),
    );
    this.drawLegend();
  }

  drawLegend() {
    const types = [...new Set(this.bars.map((b) => b.attack_type))].sort();
    this.legend.replaceChildren(
      ...types.map((type) => {
        const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.background = this.colours[type] || "#444";
        return el("li", {}, swatch, type);
      }),
    );
  }
}

function stackByPeriod(bars, measure) {
  const stacks = new Map();
  for (const bar of bars) {
    const value = measure === "killed" ? bar.killed : bar.incidents;
    if (!stacks.has(bar.period)) stacks.set(bar.period, { total: 0, parts: [] });
    const stack = stacks.get(bar.period);
    if (value > 0) stack.parts.push({ type: bar.attack_type, value });
    stack.total += value;
  }
  return stacks;
}

// The first millisecond after the period that starts on `period` (YYYY-MM-DD, UTC).
function periodEnd(period, interval) {
  const start = new Date(`${period}T00:00:00Z`);
  if (interval === "month") return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  return start.getTime() + (interval === "week" ? 7 : 1) * DAY;
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
