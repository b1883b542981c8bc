// The dashboard: one filter form drives the map, the timeline and the list. Filters live in
// the page URL, so a view can be bookmarked and the form also works without JavaScript.
import { AlertPanel } from "./alerts.js";
import { filterParams, withParams } from "./api.js";
import { IncidentList } from "./list.js";
import { IncidentMap } from "./map.js";
import { Timeline } from "./timeline.js";

const form = document.getElementById("filters");
const summary = document.getElementById("summary");
const byId = (id) => document.getElementById(id);

function setField(name, value) {
  form.elements[name].value = value;
  refresh({ fit: name === "bbox" || name === "country" });
}

const map = new IncidentMap(byId("map"), { onSelectArea: (box) => setField("bbox", box) });
const timeline = new Timeline(byId("timeline"), byId("legend"), {
  onSelectPeriod: (from, to) => {
    form.elements.from.value = from;
    setField("to", to);
  },
});
const alerts = new AlertPanel(byId("alerts"), byId("alerts-note"));
const list = new IncidentList({
  rows: byId("rows"), prev: byId("prev"), next: byId("next"), page: byId("page"), summary,
});

async function refresh({ fit = false } = {}) {
  const params = filterParams(form);
  const interval = form.elements.interval.value;
  const sort = form.elements.sort.value;
  history.replaceState(null, "", withParams("/", filterParams(form, { keep: ["interval", "sort"] })));
  for (const link of document.querySelectorAll("#export a[data-format]")) {
    link.href = withParams("/api/export", params, { format: link.dataset.format });
  }
  summary.textContent = "Loading…";
  document.body.dataset.loaded = "no";
  try {
    await Promise.all([map.update(params, { fit }), timeline.update(params, interval), list.update(params, sort), alerts.update(params)]);
    document.body.dataset.loaded = "yes";
  } catch (error) {
    summary.textContent = `Could not load: ${error.message}`;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  refresh({ fit: true });
});
// Lists and dates apply at once; typed text applies on Enter or the Apply button.
form.addEventListener("change", (event) => {
  if (event.target.matches("select, input[type=date]")) {
    refresh({ fit: event.target.name === "country" });
  }
});
for (const radio of document.querySelectorAll("input[name=measure]")) {
  radio.addEventListener("change", () => timeline.setMeasure(radio.value));
}
byId("zoom-in").addEventListener("click", () => map.zoom(0.5));
byId("zoom-out").addEventListener("click", () => map.zoom(2));
byId("zoom-world").addEventListener("click", () => map.world());
byId("zoom-fit").addEventListener("click", () => map.update(filterParams(form), { fit: true }));

refresh({ fit: true });
