package org.coproduce.following.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is followed: a service or an organisation (by id), a theme (by code) or an area, a box
 * given as {@code minLng,minLat,maxLng,maxLat} (the GeoJSON order, as Leaflet's
 * {@code toBBoxString()} writes it). {@code key} is how it is stored and put in links.
 */
public record Target(Kind kind, String key) {

    public enum Kind {
        SERVICE, ORGANISATION, THEME, AREA
    }

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern THEME = Pattern.compile("[A-Za-z0-9_.-]{1,60}");

    /** The target, or empty when the key does not fit the kind. */
    public static Optional<Target> of(Kind kind, String key) {
        if (kind == null || key == null) {
            return Optional.empty();
        }
        String k = key.strip();
        return switch (kind) {
            case SERVICE, ORGANISATION -> ID.matcher(k).matches() ? Optional.of(new Target(kind, k)) : Optional.empty();
            case THEME -> THEME.matcher(k).matches() ? Optional.of(new Target(kind, k)) : Optional.empty();
            case AREA -> Box.parse(k).map(box -> new Target(kind, box.text()));
        };
    }

    public long id() {
        return Long.parseLong(key);
    }

    public Box box() {
        return Box.parse(key).orElseThrow();
    }

    /** The feed's path under /feeds/. */
    public String feedPath() {
        return switch (kind) {
            case SERVICE -> "services/" + key;
            case ORGANISATION -> "organisations/" + key;
            case THEME -> "themes/" + key;
            case AREA -> "area?bbox=" + key;
        };
    }

    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A box of longitudes and latitudes, west to east and south to north. */
    public record Box(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

        public static Optional<Box> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String[] parts = text.strip().split(",");
            if (parts.length != 4) {
                return Optional.empty();
            }
            try {
                var box = new Box(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                        Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
                return box.valid() ? Optional.of(box) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private boolean valid() {
            return Double.isFinite(minLongitude) && Double.isFinite(minLatitude) && Double.isFinite(maxLongitude)
                    && Double.isFinite(maxLatitude) && minLongitude >= -180 && maxLongitude <= 180 && minLatitude >= -90
                    && maxLatitude <= 90 && minLongitude < maxLongitude && minLatitude < maxLatitude;
        }

        /** Rounded to 5 decimals (about a metre), so one box has one spelling. */
        public String text() {
            return round(minLongitude) + "," + round(minLatitude) + "," + round(maxLongitude) + "," + round(maxLatitude);
        }

        private static String round(double value) {
            return java.math.BigDecimal.valueOf(value).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }
}
