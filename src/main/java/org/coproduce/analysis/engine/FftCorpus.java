package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The FFT comments labelled with the QDC v6 framework. {@link #rows()} returns the benchmark rows
 * in file order: an answer that is not blank and at least one topic other than
 * "Labelling not possible".
 */
public final class FftCorpus {

    static final String RESOURCE = "org/coproduce/analysis/training/fft-qdc-v6/v6framework_230831.csv";
    static final String UNLABELLABLE = "Labelling not possible";
    private static final int FIRST_TOPIC_COLUMN = 11;

    public record Row(String text, Set<String> topics, Integer sentiment) {
    }

    private FftCorpus() {
    }

    public static List<Row> rows() {
        try (Reader reader = new InputStreamReader(Resources.open(RESOURCE), StandardCharsets.UTF_8)) {
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            List<String> header = records.getHeaderNames();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : records) {
                Row row = row(record, header);
                if (!row.text().isBlank() && !row.topics().isEmpty()) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topic columns in file order. */
    public static List<String> topicColumns() {
        try (Reader reader = new InputStreamReader(Resources.open(RESOURCE), StandardCharsets.UTF_8)) {
            List<String> header = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getHeaderNames();
            return header.subList(FIRST_TOPIC_COLUMN, header.size()).stream()
                    .filter(topic -> !UNLABELLABLE.equals(topic)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(CSVRecord record, List<String> header) {
        Set<String> topics = new LinkedHashSet<>();
        for (int i = FIRST_TOPIC_COLUMN; i < header.size(); i++) {
            if ("1".equals(record.get(i).trim()) && !UNLABELLABLE.equals(header.get(i))) {
                topics.add(header.get(i));
            }
        }
        String sentiment = record.get("Comment sentiment").trim();
        Integer value = sentiment.matches("[1-5]") ? Integer.valueOf(sentiment) : null;
        return new Row(record.get("FFT answer").trim(), topics, value);
    }
}
