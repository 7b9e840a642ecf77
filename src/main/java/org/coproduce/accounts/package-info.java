/**
 * Staff accounts, roles and login. Storytellers and the public need no account. A session
 * cookie (HttpOnly, SameSite=Strict) carries the login; every state-changing request made with
 * it must echo the session's CSRF token in {@code X-CSRF-Token}. Roles are enforced on
 * {@code @Allowed} resource methods by {@link org.coproduce.accounts.boundary.AccessControl};
 * which organisations a caller acts for is in {@link org.coproduce.accounts.control.Caller}.
 * Staff log in with a password, or by single sign-on through their organisation's OpenID Connect
 * provider ({@code Sso*}: the provider's groups give the role and organisations, see
 * docs/security.md); both end in the same login session.
 * <p>
 * The security log ({@link org.coproduce.accounts.control.SecurityLog}) records logins, refusals,
 * account changes and exports of personal data; other components record through it.
 * <p>
 * Owns tables: account, account_organisation, login_session, login_throttle, second_factor,
 * recovery_code, login_pending, password_reset, security_event.
 */
package org.coproduce.accounts;
