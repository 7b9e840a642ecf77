package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The phase-1 comments of three trusts: one theme, one sub-category code, criticality −5…+5. */
public final class Phase1Corpus {

    static final String RESOURCE = "org/coproduce/analysis/training/phase1-trusts/text_data.csv";

    /** Criticality is null where the source value is not a number in −5…+5. */
    public record Row(String text, String code, String label, Integer criticality) {
    }

    private Phase1Corpus() {
    }

    public static List<Row> rows() {
        try (Reader reader = new InputStreamReader(Resources.open(RESOURCE), StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String text = r.get("feedback").trim();
                if (!text.isBlank()) {
                    rows.add(new Row(text, r.get("code"), r.get("label"), criticality(r.get("criticality"))));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer criticality(String value) {
        String v = value.trim();
        if (!v.matches("-?[0-5]")) {
            return null;
        }
        return Integer.valueOf(v);
    }
}
