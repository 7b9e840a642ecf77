package org.coproduce.analysis.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.analysis.entity.Theme;

/** The theme taxonomy from {@code themes.tsv}, with the mapping of v6 benchmark topics to theme codes. */
public final class Taxonomy {

    static final String RESOURCE = "org/coproduce/analysis/themes.tsv";
    private final Map<String, Theme> byCode = new LinkedHashMap<>();
    private final Map<String, String> codeByV6Topic = new LinkedHashMap<>();
    private final Map<String, String> codeByV7Subcategory = new LinkedHashMap<>();

    public Taxonomy() {
        Resources.text(RESOURCE).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code\t"))
                .forEach(this::add);
    }

    private static Theme parse(String line) {
        String[] c = line.split("\t");
        return new Theme(c[0], c[1], c[2], c[3], c[4], c[5], List.of(c[6].split("\\|")));
    }

    private void add(String line) {
        Theme theme = parse(line);
        String v7 = line.split("\t")[7];
        if (!"-".equals(v7)) {
            codeByV7Subcategory.put(v7, theme.code());
        }
        byCode.put(theme.code(), theme);
        theme.v6Topics().forEach(topic -> codeByV6Topic.put(topic, theme.code()));
    }

    public List<Theme> themes() {
        return List.copyOf(byCode.values());
    }

    public Optional<Theme> theme(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<String> codeOfV6Topic(String topic) {
        return Optional.ofNullable(codeByV6Topic.get(topic));
    }

    public Optional<String> codeOfV7Subcategory(String subcategory) {
        return Optional.ofNullable(codeByV7Subcategory.get(subcategory));
    }

    public List<String> codes() {
        return Arrays.asList(byCode.keySet().toArray(String[]::new));
    }
}
