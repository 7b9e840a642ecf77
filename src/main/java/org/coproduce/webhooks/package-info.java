/**
 * Signed webhooks: an organisation's quality managers (and platform admins) register endpoints
 * for events about the organisation's own stories (routed to it or to one under it) and its
 * changes; each event becomes one delivery per endpoint, sent through the outbox with retries and
 * exponential back-off, signed as the Standard Webhooks specification says (webhook-id,
 * webhook-timestamp, webhook-signature {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}), and
 * logged. An endpoint that keeps failing is disabled and its organisation's quality managers are
 * e-mailed. Targets pass {@code control.Targets} (loopback and configured host patterns only).
 * Out of scope: the events' own rules (their components decide); the payload carries ids, links
 * and statuses, never a story's text or a storyteller's data.
 * <p>
 * Owns tables: webhook_endpoint, webhook_delivery.
 */
package org.coproduce.webhooks;
