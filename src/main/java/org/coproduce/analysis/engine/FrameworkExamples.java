package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The quoted example comments of the v7 framework definitions, as extra English training
 * sentences per sub-category: they give rare themes (parking, Wi-Fi) the evidence the FFT rows lack.
 */
final class FrameworkExamples {

    static final String RESOURCE = "org/coproduce/analysis/training/fft-qdc-v6/framework_v7_subcategory_definitions.csv";
    private static final Pattern QUOTED = Pattern.compile("(?:^|[\\s,:])['‘]([^\\n]{3,}?)['’](?=\\s*(?:[,.;]|\\n|$))");

    record Sentence(String subcategory, String text) {
    }

    private FrameworkExamples() {
    }

    static List<Sentence> sentences() {
        try (Reader reader = new InputStreamReader(Resources.open(RESOURCE), StandardCharsets.UTF_8)) {
            List<Sentence> sentences = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Matcher m = QUOTED.matcher(r.get("Examples") + "\n" + r.get("Longer-Examples"));
                while (m.find()) {
                    sentences.add(new Sentence(r.get("Sub-category"), m.group(1).strip()));
                }
            }
            return sentences.stream().distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
