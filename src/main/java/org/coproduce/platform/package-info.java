/**
 * What every component stands on: the JAX-RS application under {@code /api}, the datasource
 * (embedded H2 by default, MySQL/MariaDB through Connector/J when {@code DB_URL} is set), the
 * schema migrations from {@code sql/} and the database availability guard. No business rules.
 * <p>
 * Owns tables: app_secret.
 */
package org.coproduce.platform;
