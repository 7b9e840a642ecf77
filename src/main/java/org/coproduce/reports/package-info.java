/**
 * Reports: the outcomes report of an organisation (with those under it) or a service as a PDF
 * (the dashboard's figures and charts, response rates, themes rising, changes made with their
 * evidence), downloadable from the dashboard, and scheduled reports: quality managers and admins
 * subscribe a scope to a monthly or weekly report, e-mailed after each period closes with the PDF
 * and the dashboard's CSVs attached, in the subscription's language. Reads the outcomes, rises and
 * changes components; writes only its subscriptions and their deliveries. Out of scope: reports
 * to the public.
 * <p>
 * Owns tables: report_subscription, report_delivery.
 */
package org.coproduce.reports;
