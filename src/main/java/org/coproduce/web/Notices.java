package org.coproduce.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.platform.Settings;

/**
 * The installation's notices (privacy notice, terms, moderation policy, accessibility statement,
 * imprint) in English and German. An installation replaces any of them with its own file
 * {@code <name>.<language>.txt} in the folder COPRODUCE_NOTICES; otherwise the bundled text is
 * used. Either way {@code {placeholders}} are filled from the installation's settings, so the
 * operator, contacts and retention periods shown are the ones configured.
 */
public final class Notices {

    public static final Set<String> NAMES = Set.of("privacy", "terms", "moderation", "accessibility", "imprint");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String NOT_CONFIGURED_EN = "(not configured by this installation yet)";
    private static final String NOT_CONFIGURED_DE = "(von dieser Installation noch nicht angegeben)";

    private Notices() {
    }

    public record Notice(String name, String language, String text, String contact) {
    }

    /** The notice in the language asked for ("de", else English); empty for an unknown name. */
    public static Optional<Notice> find(String name, String language) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        String lang = "de".equals(language) ? "de" : "en";
        String raw = ownText(name, lang).orElseGet(() -> bundled(name, lang));
        return Optional.of(new Notice(name, lang, fill(raw, lang), contact()));
    }

    static String fill(String raw, String lang) {
        Map<String, String> values = values(lang);
        Matcher m = PLACEHOLDER.matcher(raw);
        var filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    private static Map<String, String> values(String lang) {
        String missing = "de".equals(lang) ? NOT_CONFIGURED_DE : NOT_CONFIGURED_EN;
        return Map.of(
                "operator", Settings.get("COPRODUCE_OPERATOR", missing),
                "address", Settings.get("COPRODUCE_OPERATOR_ADDRESS", missing),
                "contact", Settings.get("COPRODUCE_CONTACT_EMAIL", missing),
                "dpo", Settings.get("COPRODUCE_DPO_EMAIL", Settings.get("COPRODUCE_CONTACT_EMAIL", missing)),
                "site", Settings.baseUrl(),
                "rejectedDays", Settings.get("COPRODUCE_RETAIN_REJECTED_DAYS", "90"),
                "emailDays", Settings.get("COPRODUCE_RETAIN_EMAIL_DAYS", "365"),
                "clientHashHours", Settings.get("COPRODUCE_RETAIN_CLIENT_HASH_HOURS", "48"),
                "exactPlaceDays", Settings.get("COPRODUCE_EXACT_PLACE_DAYS", "30"),
                "gridMetres", Settings.get("COPRODUCE_PLACE_GRID_METRES", "500"));
    }

    /** The accessibility and privacy contact, for the pages' feedback link; null when not configured. */
    private static String contact() {
        return Settings.get("COPRODUCE_CONTACT_EMAIL").orElse(null);
    }

    private static Optional<String> ownText(String name, String lang) {
        return Settings.get("COPRODUCE_NOTICES").map(folder -> Path.of(folder, name + "." + lang + ".txt"))
                .filter(Files::isRegularFile).map(file -> {
                    try {
                        return Files.readString(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("notice " + file + " cannot be read", e);
                    }
                });
    }

    private static String bundled(String name, String lang) {
        try (InputStream in = Notices.class.getResourceAsStream("notices/" + name + "." + lang + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled notice " + name + "." + lang + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
