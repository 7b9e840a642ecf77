package org.coproduce.platform;

import java.util.Optional;

/**
 * Reads a setting from the environment (DB_URL) or, for tests and -D options, the system
 * property of the same name. Blank counts as unset. Used where MicroProfile Config is not
 * available yet (the datasource is built before the application starts).
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
