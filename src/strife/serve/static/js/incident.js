// The incident page: evidence highlighting per field, and the review actions.
import { getJSON } from "./api.js";

const TOKEN_KEY = "strife-token";

function highlight(field) {
  for (const mark of document.querySelectorAll("mark.ev")) {
    const fields = mark.dataset.fields.split(" ");
    mark.classList.toggle("dim", Boolean(field) && !fields.includes(field));
  }
  for (const button of document.querySelectorAll(".ev-toggle")) {
    button.setAttribute("aria-pressed", String(button.dataset.field === field));
  }
  const first = field && document.querySelector(`mark.ev:not(.dim)`);
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

for (const button of document.querySelectorAll(".ev-toggle")) {
  button.addEventListener("click", () => {
    const on = button.getAttribute("aria-pressed") === "true";
    highlight(on ? "" : button.dataset.field);
  });
}

const form = document.getElementById("review");
const message = document.getElementById("review-message");
const token = document.getElementById("r-token");
token.value = sessionStorage.getItem(TOKEN_KEY) || "";

// Only the fields the reviewer changed are sent, so an edit never rewrites the rest.
function changedFields() {
  const fields = {};
  for (const input of form.querySelectorAll("[data-path]")) {
    if (input.value === input.defaultValue && !input.matches("select")) continue;
    if (input.matches("select") && [...input.options].every((o) => o.selected === o.defaultSelected)) continue;
    const kind = input.dataset.kind;
    const text = input.value.trim();
    if (kind === "int") fields[input.dataset.path] = text === "" ? null : Number.parseInt(text, 10);
    else if (kind === "list") fields[input.dataset.path] = [input.value];
    else fields[input.dataset.path] = text === "" ? null : text;
  }
  return fields;
}

async function send(action) {
  if (!token.value) {
    message.textContent = "Enter the API token first.";
    token.focus();
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token.value);
  const body = { action, by: document.getElementById("r-by").value || "analyst" };
  const note = document.getElementById("r-note").value.trim();
  if (note) body.note = note;
  if (action === "edit") {
    body.fields = changedFields();
    if (!Object.keys(body.fields).length) {
      message.textContent = "Nothing was changed.";
      return;
    }
  }
  message.textContent = "Saving…";
  try {
    const result = await getJSON(`/api/incidents/${encodeURIComponent(form.dataset.incident)}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token.value}` },
      body: JSON.stringify(body),
    });
    document.getElementById("review-status").textContent = result.review.status;
    message.textContent = `Saved: ${result.review.status}. Reloading…`;
    window.setTimeout(() => window.location.reload(), 400);
  } catch (error) {
    message.textContent = `Not saved: ${error.message}`;
  }
}

for (const button of form.querySelectorAll("button[data-action]")) {
  button.addEventListener("click", () => send(button.dataset.action));
}
