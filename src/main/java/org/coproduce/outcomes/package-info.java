/**
 * Outcomes: what quality managers and the public see of stories and answers over time.
 * Offers dashboards for the platform, an organisation (with its children) or a service over any
 * months or ISO weeks (stories by criticality and by the analysis's sentiment among them), the
 * stories behind every number, CSV exports with small counts suppressed
 * (with complementary suppression), and before/after evidence for a change. Dashboards read only
 * the summary tables this component keeps (service_month/_week, theme_month/_week,
 * response_day/response_week_day), drill-downs its index of counted stories, all maintained by
 * the outbox task {@code count-story}; it writes nothing else. Out of scope: writing stories or responses.
 * <p>
 * Owns tables: outcome_story, outcome_service_story, outcome_theme_story, service_month, service_week,
 * theme_month, theme_week, response_day, response_week_day.
 */
package org.coproduce.outcomes;
