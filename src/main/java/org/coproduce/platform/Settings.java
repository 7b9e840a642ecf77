package org.coproduce.platform;

import java.util.Optional;

/**
 * Reads a setting from the environment (DB_URL) or, for tests and -D options, the system
 * property of the same name. Blank counts as unset.
 *
 * <p>Not MicroProfile Config, on purpose: the datasource is built before the application (and its
 * config) exists; settings read in static fields must work in unit tests, which have no MP Config
 * implementation; and MP Config would change which value wins (a system property over the
 * environment, where here the environment wins) and would let a blank variable hide a system
 * property (here blank falls through). Payara's {@code ${ENV=...}} covers its own files.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** The public address, for links in e-mails: COPRODUCE_BASE_URL, by default http://localhost:8080. */
    public static String baseUrl() {
        return get("COPRODUCE_BASE_URL", "http://localhost:8080");
    }

    public static boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    public static int number(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }
}
