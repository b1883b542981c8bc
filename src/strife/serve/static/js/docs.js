// Swagger UI for /docs, from the copy npm installed (no CDN).
const target = document.getElementById("swagger");
if (target && window.SwaggerUIBundle) {
  window.SwaggerUIBundle({ url: target.dataset.spec, domNode: target, deepLinking: true });
}
