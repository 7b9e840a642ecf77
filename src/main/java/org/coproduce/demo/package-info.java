/**
 * Demo mode (COPRODUCE_DEMO=true): a realistic directory in Leeds and Freiburg, one account per
 * role and a few hundred published stories from real patient feedback, loaded once into an empty
 * database so every page has something to show. Never active in production: demo accounts share
 * a known password.
 * <p>
 * Owns tables: none.
 */
package org.coproduce.demo;
