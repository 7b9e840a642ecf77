package org.coproduce.providers.entity;

import org.coproduce.problems.InvalidInput;

/** A WGS 84 position. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180
                || Double.isNaN(latitude) || Double.isNaN(longitude)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90] and longitude in [-180, 180]");
        }
    }

    /** Parses "LAT,LNG" as sent in a query parameter; errors name the field. */
    public static GeoPoint parse(String field, String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be LAT,LNG with latitude in [-90, 90] and longitude in [-180, 180]");
        }
        throw new InvalidInput(field, "must be LAT,LNG with latitude in [-90, 90] and longitude in [-180, 180]");
    }

    /** Great-circle distance (haversine). */
    public double kilometresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
