package org.coproduce.providers.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coproduce.platform.Settings;
import org.coproduce.providers.entity.GeoPoint;

/**
 * Places to points: a CSV file the installation provides (COPRODUCE_GAZETTEER, a path; columns
 * {@code place,latitude,longitude}, lines starting with # are comments), else the small sample
 * shipped with Coproduce ({@code gazetteer-sample.csv} beside this class). Names are matched
 * ignoring case and spacing; a postcode is tried whole, then as its district (the part before
 * the space: "LS1 4AP" → "LS1").
 */
@ApplicationScoped
public class Gazetteer {

    static final String SAMPLE = "gazetteer-sample.csv";
    private static final Logger LOG = Logger.getLogger(Gazetteer.class.getName());

    private volatile Map<String, GeoPoint> places;

    /** The point for a row without coordinates: its place, else its postcode, else its city. */
    public Optional<GeoPoint> locate(String place, String postcode, String city) {
        var known = places();
        return Stream.of(key(place), key(postcode), district(postcode), key(city))
                .filter(k -> k != null && known.containsKey(k)).findFirst().map(known::get);
    }

    public int size() {
        return places().size();
    }

    private Map<String, GeoPoint> places() {
        if (places == null) {
            places = load();
        }
        return places;
    }

    private static Map<String, GeoPoint> load() {
        var path = Settings.get("COPRODUCE_GAZETTEER").filter(p -> !p.isBlank()).map(Path::of);
        try (Reader reader = path.isPresent() ? Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)
                : new InputStreamReader(Gazetteer.class.getResourceAsStream(SAMPLE), StandardCharsets.UTF_8)) {
            var read = read(reader);
            LOG.info(() -> "Gazetteer: " + read.size() + " places from " + path.map(Path::toString).orElse("the shipped sample"));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + path.map(Path::toString).orElse(SAMPLE), e);
        }
    }

    static Map<String, GeoPoint> read(Reader reader) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        var places = new HashMap<String, GeoPoint>();
        for (CSVRecord record : format.parse(reader)) {
            try {
                places.putIfAbsent(key(record.get("place")), new GeoPoint(Double.parseDouble(record.get("latitude")),
                        Double.parseDouble(record.get("longitude"))));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "Gazetteer: line " + record.getRecordNumber() + " skipped: " + e.getMessage());
            }
        }
        return Map.copyOf(places);
    }

    static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String district(String postcode) {
        String key = key(postcode);
        return key == null || !key.contains(" ") ? null : key.substring(0, key.indexOf(' '));
    }
}
