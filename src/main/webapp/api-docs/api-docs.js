// The API's reference (Swagger UI from its WebJar, no CDN): reads GET /openapi, which Payara
// serves at the server's root. Logged in on the site, "Try it out" sends the CSRF token with
// every change, as the pages do; the session cookie goes along by itself.
import { start, ready } from '../js/layout.js';

const who = await start();
const SAFE = ['GET', 'HEAD', 'OPTIONS'];

window.SwaggerUIBundle({
  url: new URL('/openapi?format=JSON', location.origin).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'none',
  defaultModelsExpandDepth: 0,
  displayOperationId: true,
  tryItOutEnabled: false,
  requestInterceptor: (request) => {
    if (who?.csrfToken && !SAFE.includes(String(request.method).toUpperCase())) request.headers['X-CSRF-Token'] = who.csrfToken;
    return request;
  },
  onComplete: ready,
});
