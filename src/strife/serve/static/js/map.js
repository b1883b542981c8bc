// The incident map: country outlines (Natural Earth via npm's world-atlas) and circles for
// grid cells of incidents that the server aggregates, so any number of incidents stays light.
// Plain equirectangular projection: x = longitude, y = -latitude, in SVG user units.
import { getJSON, svg, withParams } from "./api.js";

const WORLD = { x: -180, y: -90, w: 360, h: 180 };
const MIN_WIDTH = 0.5;

export class IncidentMap {
  constructor(node, { onSelectArea }) {
    this.node = node;
    this.onSelectArea = onSelectArea;
    this.view = { ...WORLD };
    this.params = new URLSearchParams();
    this.cells = [];
    this.countries = svg("g", { class: "countries" });
    this.points = svg("g", { class: "points" });
    node.append(this.countries, this.points);
    this.bindKeys();
    this.bindPointer();
    if (node.dataset.outlines === "yes") this.drawCountries();
  }

  async drawCountries() {
    if (!window.topojson) return;
    const topo = await getJSON("/static/vendor/countries-50m.json");
    const world = window.topojson.feature(topo, topo.objects.countries);
    for (const feature of world.features) {
      if (!feature.geometry) continue;
      const path = svg("path", { d: pathOf(feature.geometry) });
      const title = svg("title");
      title.textContent = feature.properties.name || "";
      path.append(title);
      this.countries.append(path);
    }
  }

  // New filters: fetch the cells, optionally zoom to show them all.
  async update(params, { fit = false } = {}) {
    this.params = params;
    if (fit) {
      const cells = await this.fetchCells(cellSize(WORLD.w));
      const box = boundsOf(cells);
      this.view = box && (params.has("country") || params.has("bbox")) ? box : { ...WORLD };
    }
    await this.redraw();
  }

  async redraw() {
    this.applyView();
    this.cells = await this.fetchCells(cellSize(this.view.w));
    this.drawCells();
  }

  fetchCells(cell) {
    return getJSON(withParams("/api/map", this.params, { cell })).then((body) => body.cells);
  }

  drawCells() {
    this.points.replaceChildren();
    const unit = this.view.w / 400;
    const cellDegrees = cellSize(this.view.w);
    // Area grows with the count, relative to the busiest cell in view, so circles stay apart.
    const busiest = Math.max(1, ...this.cells.map((c) => c[2]));
    for (const [lat, lon, count, killed, id] of this.cells) {
      const label = id
        ? `Incident near ${lat.toFixed(2)}, ${lon.toFixed(2)}; ${killed} killed. Open it.`
        : `${count} incidents near ${lat.toFixed(2)}, ${lon.toFixed(2)}; ${killed} killed. Show them.`;
      const circle = svg("circle", {
        cx: lon, cy: -lat, r: unit * (2 + 7 * Math.sqrt(count / busiest)),
        tabindex: 0, role: "button", "aria-label": label,
        class: killed > 0 ? "cell deadly" : "cell",
      });
      const title = svg("title");
      title.textContent = label;
      circle.append(title);
      const choose = () => this.choose(lat, lon, id, cellDegrees);
      circle.addEventListener("click", choose);
      circle.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          choose();
        }
      });
      this.points.append(circle);
    }
  }

  choose(lat, lon, id, cell) {
    if (id) {
      window.location.assign(`/incidents/${encodeURIComponent(id)}`);
      return;
    }
    const half = cell;
    const box = [lon - half, lat - half, lon + half, lat + half].map((v) => v.toFixed(3));
    this.onSelectArea(box.join(","));
  }

  applyView() {
    const { x, y, w, h } = this.view;
    this.node.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
  }

  zoom(factor, cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2) {
    const w = Math.min(WORLD.w, Math.max(MIN_WIDTH, this.view.w * factor));
    const h = (w * WORLD.h) / WORLD.w;
    this.view = clampView({ x: cx - (cx - this.view.x) * (w / this.view.w), y: cy - (cy - this.view.y) * (h / this.view.h), w, h });
    this.redraw();
  }

  pan(dx, dy) {
    this.view = clampView({ ...this.view, x: this.view.x + dx * this.view.w, y: this.view.y + dy * this.view.h });
    this.redraw();
  }

  world() {
    this.view = { ...WORLD };
    this.redraw();
  }

  bindKeys() {
    const moves = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
    this.node.addEventListener("keydown", (event) => {
      if (event.target !== this.node) return;
      if (moves[event.key]) this.pan(...moves[event.key]);
      else if (event.key === "+" || event.key === "=") this.zoom(0.5);
      else if (event.key === "-" || event.key === "_") this.zoom(2);
      else if (event.key === "0") this.world();
      else return;
      event.preventDefault();
    });
  }

  bindPointer() {
    let drag = null;
    this.node.addEventListener("wheel", (event) => {
      event.preventDefault();
      const [cx, cy] = this.toUser(event);
      this.zoom(event.deltaY < 0 ? 0.7 : 1 / 0.7, cx, cy);
    }, { passive: false });
    this.node.addEventListener("pointerdown", (event) => {
      if (event.target.tagName === "circle") return;
      drag = { start: this.toUser(event), moved: false };
    });
    this.node.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const [ux, uy] = this.toUser(event);
      const dx = drag.start[0] - ux;
      const dy = drag.start[1] - uy;
      if (Math.abs(dx) + Math.abs(dy) > this.view.w / 200) {
        this.view = clampView({ ...this.view, x: this.view.x + dx, y: this.view.y + dy });
        this.applyView();
        drag.moved = true;
      }
    });
    const end = () => {
      if (drag && drag.moved) this.redraw();
      drag = null;
    };
    this.node.addEventListener("pointerup", end);
    this.node.addEventListener("pointerleave", end);
  }

  // Screen position → SVG user units (longitude, -latitude).
  toUser(event) {
    const matrix = this.node.getScreenCTM();
    if (!matrix) return [0, 0];
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
  }
}

function cellSize(width) {
  // About forty cells across the visible map, whatever the zoom.
  return Math.min(10, Math.max(0.02, width / 40));
}

function boundsOf(cells) {
  if (!cells.length) return null;
  const lons = cells.map((c) => c[1]);
  const lats = cells.map((c) => c[0]);
  // At least 16 degrees across, so a single place still shows its country and neighbours.
  const pad = Math.max(2, (16 - (Math.max(...lons) - Math.min(...lons))) / 2);
  let x = Math.min(...lons) - pad;
  let w = Math.max(...lons) + pad - x;
  let y = -Math.max(...lats) - pad;
  let h = -Math.min(...lats) + pad - y;
  // Keep the world's 2:1 shape so circles stay round and the map does not jump in size.
  if (w < 2 * h) { x -= (2 * h - w) / 2; w = 2 * h; } else { y -= (w / 2 - h) / 2; h = w / 2; }
  return clampView({ x, y, w, h });
}

function clampView(view) {
  const w = Math.min(WORLD.w, view.w);
  const h = Math.min(WORLD.h, view.h);
  const x = Math.min(WORLD.x + WORLD.w - w, Math.max(WORLD.x, view.x));
  const y = Math.min(WORLD.y + WORLD.h - h, Math.max(WORLD.y, view.y));
  return { x, y, w, h };
}

function pathOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const parts = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previous = null;
      for (const [lon, lat] of ring) {
        // A jump across the antimeridian starts a new stroke instead of crossing the map.
        const jump = previous === null || Math.abs(lon - previous) > 180;
        parts.push(`${jump ? "M" : "L"}${lon.toFixed(2)},${(-lat).toFixed(2)}`);
        previous = lon;
      }
      parts.push("Z");
    }
  }
  return parts.join("");
}
