/**
 * Barrier reports (issue 16 item 2): a story about a place rather than a service (a broken lift, a
 * missing ramp, no accessible toilet, no quiet room), told without an account in one of the
 * categories of an installation's list ({@code control.BarrierCategories}, EN/DE, replaceable),
 * screened for personal data and held for a moderator, who publishes or rejects it. On publication
 * it is routed by category and area ({@code barrier_route}, managed by the organisation's quality
 * managers and admins) to the organisations whose responders are e-mailed and set its status
 * (reported, confirmed, being fixed, fixed) with an optional public note; the reporter, if they
 * gave an address, is e-mailed each status in their language. Others say "I've met this too", once
 * a person. Published barriers are listed, read and drawn on the map ({@code platform.MapGrid}).
 * The reporter adds photos while the report awaits moderation ({@code control.BarrierPhotos}, through
 * the photos component): public with the published report, erased with it.
 * <p>
 * Out of scope: the staff's own page of routed barriers (the barrier page shows the status form to staff).
 * <p>
 * Owns tables: barrier_report, barrier_status, barrier_met, barrier_route, barrier_routed.
 */
package org.coproduce.barriers;
