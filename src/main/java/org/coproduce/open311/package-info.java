/**
 * Open311 GeoReport v2 (issue 17 item 2, docs/open311.md): {@code /open311/v2/services}, {@code requests} and
 * {@code requests/{id}}, in JSON or XML by the suffix, so that civic apps that speak Open311 (FixMyStreet and
 * others) send reports in and read statuses out. Service types are the directory's services and the service
 * categories; a posted request is told as a story through {@code stories.control.Storytelling}, the same path as
 * {@code POST /api/stories} (throttling, analysis, personal-data screening, moderation); a request's status is
 * read from the story (published text only, never the storyteller's data). API keys for posting are issued and
 * revoked by admins. Errors on these paths are the specification's {@code errors} array, not problem+json.
 * Out of scope: service definitions (no service type has extra fields), tokens (every request is realtime),
 * barrier reports (they will add their categories as service types, docs/open311.md).
 * <p>
 * Owns tables: open311_key.
 */
package org.coproduce.open311;
