package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.platform.Settings;

/**
 * The categories of barrier an installation offers, with their English and German labels: the
 * file named in COPRODUCE_BARRIER_CATEGORIES, else the list shipped ({@code categories.tsv}).
 * Read once at start; a malformed file stops the start with the line it could not read.
 */
@ApplicationScoped
public class BarrierCategories {

    public record Category(String code, String en, String de) {

        public String label(String language) {
            return "de".equals(language) ? de : en;
        }
    }

    private final List<Category> categories = load();

    public List<Category> all() {
        return categories;
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : categories.stream().filter(c -> c.code().equals(code.strip())).findFirst();
    }

    /** What a refused code is told. */
    public String expected() {
        return "must be one of the barrier categories (GET /api/barriers/categories)";
    }

    static List<Category> load() {
        var configured = Settings.get("COPRODUCE_BARRIER_CATEGORIES");
        try (InputStream in = configured.isPresent() ? Files.newInputStream(Path.of(configured.get()))
                : BarrierCategories.class.getResourceAsStream("/org/coproduce/barriers/categories.tsv")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("COPRODUCE_BARRIER_CATEGORIES: cannot read " + configured.orElse("categories.tsv"), e);
        }
    }

    static List<Category> parse(List<String> lines) {
        var found = new ArrayList<Category>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3 || !parts[0].strip().matches("[A-Z0-9_]{1,40}")) {
                throw new IllegalArgumentException("barrier categories: expected CODE<TAB>English<TAB>German, not: " + line);
            }
            found.add(new Category(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("barrier categories: the list is empty");
        }
        return List.copyOf(found);
    }
}
