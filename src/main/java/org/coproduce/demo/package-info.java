/**
 * Demo mode (COPRODUCE_DEMO=true): a realistic directory in Leeds and Freiburg and one account
 * per role, loaded once into an empty database so every page has something to show. Never
 * active in production: demo accounts share a known password.
 */
package org.coproduce.demo;
