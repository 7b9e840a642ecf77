/**
 * The web pages' server side and the servlet filters: security headers (a strict
 * Content-Security-Policy) on every answer, the request body limit on the API
 * ({@link org.coproduce.web.BodyLimit}, 413 as problem+json), and the little configuration the
 * pages read (the map's tile server). The pages themselves are static files under
 * src/main/webapp; they only talk to the public API.
 * <p>
 * Owns tables: none.
 */
package org.coproduce.web;
