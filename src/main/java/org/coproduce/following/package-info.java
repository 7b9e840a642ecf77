/**
 * Following without an account: Atom feeds of the stories published about a service, an
 * organisation, a theme or an area ({@code /feeds/…}, ROME), and e-mail digests of the same for
 * anyone who leaves an address (double opt-in, daily or weekly, one-click unsubscribe). The feeds
 * and digests show only what the public story page shows. The embeddable widget
 * ({@code widget.html?organisation=}) shows an organisation's latest stories and response figures
 * on the sites its quality managers allow (CSP {@code frame-ancestors}, {@code control.Widgets}). Out of scope: following one story (the
 * storyteller's follow link, "me too" contacts: {@code stories}) and following a change.
 * <p>
 * Owns tables: follow_subscription, widget_origin.
 */
package org.coproduce.following;
