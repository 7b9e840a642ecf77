package org.coproduce.stories.entity;

import org.coproduce.providers.entity.GeoPoint;

/**
 * A grid of cells about {@code metres} on each side, over latitude and longitude, whose centres are
 * the only points a story without a positioned service shows in public.
 * <p>
 * With M = π·R/180 metres per degree of latitude (R = 6,371,008.8 m, the mean Earth radius; M ≈
 * 111,195 m): the globe is cut into {@code rows = max(1, ⌊180·M/metres⌋)} bands of {@code 180/rows}
 * degrees of latitude; band i (counted from the south pole) is cut into {@code cols = max(1,
 * ⌊360·M·cos(φᵢ)/metres⌋)} cells of {@code 360/cols} degrees of longitude, φᵢ being the band's
 * central latitude. Both counts are rounded down, so a cell is at least {@code metres} tall and, at
 * its central latitude, at least {@code metres} wide; as every cell of a band has the same width,
 * two points in one cell always give the same centre. The centre is rounded to 6 decimals, as
 * stored (DECIMAL(9, 6)).
 */
public record PlaceGrid(int metres) {

    static final double METRES_PER_DEGREE = Math.PI * 6_371_008.8 / 180;

    public PlaceGrid {
        if (metres < 1) {
            throw new IllegalArgumentException("the place grid needs cells of at least 1 metre, not " + metres);
        }
    }

    /** The centre of the cell the point lies in. */
    public GeoPoint snap(GeoPoint point) {
        int rows = rows();
        double height = 180.0 / rows;
        int row = Math.min(rows - 1, (int) Math.floor((point.latitude() + 90) / height));
        double latitude = -90 + (row + 0.5) * height;
        int cols = columns(latitude);
        double width = 360.0 / cols;
        int col = Math.min(cols - 1, (int) Math.floor((point.longitude() + 180) / width));
        return new GeoPoint(round(latitude), round(-180 + (col + 0.5) * width));
    }

    /** The cell's height in degrees of latitude. */
    public double height() {
        return 180.0 / rows();
    }

    /** The width in degrees of longitude of the cells in the band whose centre is at this latitude. */
    public double width(double centralLatitude) {
        return 360.0 / columns(centralLatitude);
    }

    private int rows() {
        return (int) Math.max(1, Math.floor(180 * METRES_PER_DEGREE / metres));
    }

    private int columns(double latitude) {
        return (int) Math.max(1, Math.floor(360 * METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)) / metres));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
