// The API's reference (Swagger UI from its WebJar, no CDN): reads GET /openapi, which Payara
// serves at the server's root. Logged in on the site, "Try it out" sends the CSRF token with
// every change, as the pages do; the session cookie goes along by itself.
import { start, ready } from '../js/layout.js';

const who = await start();
const SAFE = ['GET', 'HEAD', 'OPTIONS'];
const document_ = new URL('/openapi?format=JSON', location.origin).href;

// The page's own heading and text stand for Swagger UI's title block (its h1 would break the
// heading order); its server choice gets the label it lacks.
new MutationObserver(() => {
  const servers = document.querySelector('#servers');
  if (servers && !servers.hasAttribute('aria-label')) servers.setAttribute('aria-label', 'Server');
}).observe(document.querySelector('#swagger-ui'), { childList: true, subtree: true });

document.querySelector('#openapi-document').href = document_;
window.SwaggerUIBundle({
  url: document_,
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'none',
  defaultModelsExpandDepth: 0,
  displayOperationId: true,
  requestInterceptor: (request) => {
    if (who?.csrfToken && !SAFE.includes(String(request.method).toUpperCase())) request.headers['X-CSRF-Token'] = who.csrfToken;
    return request;
  },
  onComplete: ready,
});
