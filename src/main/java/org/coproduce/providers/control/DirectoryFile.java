package org.coproduce.providers.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.Violation;
import org.coproduce.providers.entity.ExternalId;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ServiceCategory;

/**
 * Reads a directory file (CSV, a header line naming the columns, docs/directory-import.md) into
 * checked rows. Every problem is a violation named {@code line N, column} (line 1 is the header,
 * line N the (N-1)th record); one {@link InvalidInput} carries them all, at most {@value #MOST_VIOLATIONS}.
 */
public final class DirectoryFile {

    static final int MOST_VIOLATIONS = 100;
    static final Set<String> REQUIRED = Set.of("type", "scheme", "code", "name", "country");
    static final List<String> COLUMNS = List.of("type", "scheme", "code", "parent", "name", "kind", "category",
            "description", "address", "postcode", "city", "place", "country", "website", "latitude", "longitude");
    private static final Map<String, Integer> LIMITS = Map.ofEntries(Map.entry("scheme", 40), Map.entry("code", 60),
            Map.entry("parent", 60), Map.entry("name", 200), Map.entry("kind", 60), Map.entry("description", 1000),
            Map.entry("address", 300), Map.entry("postcode", 20), Map.entry("city", 100), Map.entry("place", 100),
            Map.entry("website", 300));
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+");

    private final List<Violation> violations = new ArrayList<>();

    private DirectoryFile() {
    }

    /** The rows of the file, or an InvalidInput naming every bad line and column. */
    public static List<DirectoryRow> read(String text) {
        return new DirectoryFile().rows(text);
    }

    private List<DirectoryRow> rows(String text) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        var rows = new ArrayList<DirectoryRow>();
        try (var parser = format.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            Map<String, String> header = header(parser.getHeaderNames());
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
            var seen = new HashMap<String, Integer>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                row(line, record, header).ifPresent(row -> {
                    Integer first = seen.putIfAbsent(row.type() + " " + row.id().scheme() + " " + row.id().code(), line);
                    if (first != null) {
                        violation(line, "code", "appears already on line " + first);
                    }
                    rows.add(row);
                });
                if (violations.size() >= MOST_VIOLATIONS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("file", "is not a CSV file this import can read: " + reason(e));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "has no lines after the header");
        }
        return rows;
    }

    private static String reason(Exception e) {
        return e instanceof UncheckedIOException || e instanceof IOException ? "a quoted cell is not closed" : "the header is malformed";
    }

    /** Column name (lower case) to the header's own spelling; unknown columns are an error, so a typo is not silently ignored. */
    private Map<String, String> header(List<String> names) {
        var header = new HashMap<String, String>();
        for (String name : names) {
            String column = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                violations.add(new Violation("line 1, " + name, "is not a column of a directory file"));
            } else {
                header.put(column, name);
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !header.containsKey(required)) {
                violations.add(new Violation("line 1, " + required, "this column is missing"));
            }
        }
        return header;
    }

    private Optional<DirectoryRow> row(int line, CSVRecord record, Map<String, String> header) {
        int before = violations.size();
        Map<String, String> cells = new HashMap<>();
        for (var column : header.entrySet()) {
            String value = record.isSet(column.getValue()) ? record.get(column.getValue()).strip() : "";
            if (!value.isEmpty()) {
                cells.put(column.getKey(), value);
            }
        }
        LIMITS.forEach((column, limit) -> {
            if (cells.containsKey(column) && cells.get(column).length() > limit) {
                violation(line, column, "is longer than " + limit + " characters");
            }
        });
        var type = type(line, cells.get("type"));
        String scheme = required(line, cells, "scheme");
        if (scheme != null && !SCHEME.matcher(scheme).matches()) {
            violation(line, "scheme", "must be letters, digits, '.', '-' or '_'");
        }
        String code = required(line, cells, "code");
        required(line, cells, "name");
        String country = required(line, cells, "country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            violation(line, "country", "must be an ISO 3166 country code such as GB or DE");
        }
        String website = cells.get("website");
        if (website != null && !WEBSITE.matcher(website).matches()) {
            violation(line, "website", "must be an http(s) address");
        }
        ServiceCategory category = null;
        if (type == DirectoryRow.Type.SERVICE) {
            required(line, cells, "parent");
            String text = required(line, cells, "category");
            category = text == null ? null : ServiceCategory.parse(text).orElse(null);
            if (text != null && category == null) {
                violation(line, "category", "must be one of " + Arrays.toString(ServiceCategory.values()));
            }
        }
        GeoPoint point = point(line, cells.get("latitude"), cells.get("longitude"));
        if (violations.size() > before || type == null) {
            return Optional.empty();
        }
        String parent = cells.get("parent") == null ? null : cells.get("parent").toUpperCase(Locale.ROOT);
        return Optional.of(new DirectoryRow(line, type, new ExternalId(scheme.toUpperCase(Locale.ROOT), code.toUpperCase(Locale.ROOT)),
                parent, cells.get("name"),
                cells.get("kind"), category, cells.get("description"), cells.get("address"), cells.get("postcode"),
                cells.get("city"), cells.get("place"), country, website, point));
    }

    private DirectoryRow.Type type(int line, String text) {
        if (text == null) {
            violation(line, "type", "must not be blank");
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "organisation", "organization" -> DirectoryRow.Type.ORGANISATION;
            case "service" -> DirectoryRow.Type.SERVICE;
            default -> {
                violation(line, "type", "must be organisation or service");
                yield null;
            }
        };
    }

    private String required(int line, Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null) {
            violation(line, column, "must not be blank");
        }
        return value;
    }

    private GeoPoint point(int line, String latitude, String longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            violation(line, latitude == null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude));
        } catch (IllegalArgumentException e) {
            violation(line, "latitude", "latitude must be in [-90, 90] and longitude in [-180, 180]");
            return null;
        }
    }

    private void violation(int line, String column, String message) {
        violations.add(new Violation("line " + line + ", " + column, message));
    }
}
