package org.coproduce.following.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coproduce.stories.control.StoryFilter;

/**
 * What is followed: a service, an organisation or a change (by id), a theme (by code) or an area, a box
 * given as {@code minLng,minLat,maxLng,maxLat} (the GeoJSON order, as Leaflet's
 * {@code toBBoxString()} writes it). {@code key} is how it is stored and put in links.
 */
public record Target(Kind kind, String key) {

    public enum Kind {
        SERVICE, ORGANISATION, THEME, AREA,
        /** A change of the register open for participation: its followers are e-mailed at each milestone, no digest. */
        CHANGE
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
            case SERVICE, ORGANISATION, CHANGE -> ID.matcher(k).matches() ? Optional.of(new Target(kind, k)) : Optional.empty();
            case THEME -> THEME.matcher(k).matches() ? Optional.of(new Target(kind, k)) : Optional.empty();
            case AREA -> StoryFilter.Area.parse(k).map(box -> new Target(kind, spelling(box)));
        };
    }

    public long id() {
        return Long.parseLong(key);
    }

    public StoryFilter.Area box() {
        return StoryFilter.Area.parse(key).orElseThrow();
    }

    /** The feed's path under /feeds/; null for a change (its milestones are e-mailed, it has no feed). */
    public String feedPath() {
        return switch (kind) {
            case CHANGE -> null;
            case SERVICE -> "services/" + key;
            case ORGANISATION -> "organisations/" + key;
            case THEME -> "themes/" + key;
            case AREA -> "area?bbox=" + key;
        };
    }

    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Rounded to 5 decimals (about a metre), so one box has one spelling. */
    private static String spelling(StoryFilter.Area box) {
        return round(box.minLongitude()) + "," + round(box.minLatitude()) + "," + round(box.maxLongitude()) + "," + round(box.maxLatitude());
    }

    private static String round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
