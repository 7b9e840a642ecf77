/**
 * Outgoing e-mail, for every component: the SMTP sender ({@link org.coproduce.mail.Mailer}), the
 * texts in English and German ({@link org.coproduce.mail.Templates}, bundle
 * {@code org/coproduce/mail/mails*.properties}) and the outbox task shape every e-mail follows
 * ({@link org.coproduce.mail.MailTask}: load, check, compose, send, mark, with the "already sent"
 * guard of {@link org.coproduce.mail.Emailed}), and the language to write in: the recipient's
 * ({@code Templates.locale}), for staff their account's language, else {@code COPRODUCE_STAFF_LANGUAGE}
 * ({@code Templates.staff}).
 * Whom to write to and when is the business of the
 * component that owns the subject; this one knows no stories, alerts or changes.
 * <p>
 * Owns tables: none.
 */
package org.coproduce.mail;
