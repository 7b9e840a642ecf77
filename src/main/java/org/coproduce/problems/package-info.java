/**
 * The one error contract: every error a client sees is {@code application/problem+json}
 * (RFC 9457) with a stable {@code type}, a {@code title}, the {@code status}, a {@code detail}
 * and, for invalid input, {@code violations} naming each field. No stack trace, SQL or class
 * name ever leaves the server; unexpected failures are logged with an id the client sees.
 * Messages are written in English where they are raised and answered in the caller's language
 * ({@link org.coproduce.problems.ProblemLanguage}, German texts in {@code messages_de.tsv}).
 * <p>
 * Owns tables: none.
 */
package org.coproduce.problems;
