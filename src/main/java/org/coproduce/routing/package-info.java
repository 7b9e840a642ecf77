/**
 * Routing: a published story goes to the organisation of each of its services, that
 * organisation's parents, and organisations whose routing rules take its category (and area).
 * Each route has a response deadline set by criticality; staff subscribed to the services get an
 * alert in their inbox and by e-mail; overdue routes escalate to the organisation's quality
 * managers. Routing happens in the publishing transaction; e-mails go through the outbox and
 * escalation runs on a timer, so all of it survives restarts. A story nobody takes waits in the
 * platform queue (moderators and administrators are alerted and route it by hand); open routes
 * remind their assignee (or the responders) before the deadline; an organisation's staff see every
 * story routed to it, assign it to a colleague and keep private notes on it.
 * <p>
 * Owns tables: story_route, routing_rule, subscription, alert, unrouted_story, story_note.
 */
package org.coproduce.routing;
