package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.coproduce.providers.entity.GeoPoint;
import org.junit.jupiter.api.Test;

/** The public point of a story: a grid cell's centre, or its service's position; never the point as told. */
class PlaceGridTest {

    static final PlaceGrid GRID = new PlaceGrid(500);
    static final GeoPoint LEEDS_GP = new GeoPoint(53.801234, -1.548765);

    @Test
    void theCentreIsWithinTheCellAndWithinACellsSizeOfThePointTold() {
        var random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            var told = new GeoPoint(random.nextDouble() * 160 - 80, random.nextDouble() * 360 - 180);
            var shown = GRID.snap(told);
            assertTrue(Math.abs(told.latitude() - shown.latitude()) <= GRID.height() / 2 + 1e-6, told + " -> " + shown);
            assertTrue(Math.abs(told.longitude() - shown.longitude()) <= GRID.width(shown.latitude()) / 2 + 1e-6, told + " -> " + shown);
            assertTrue(told.kilometresTo(shown) * 1000 <= 500, told + " -> " + shown + ": " + told.kilometresTo(shown) * 1000 + " m");
        }
    }

    @Test
    void twoPointsInOneCellShowAtTheSamePoint() {
        var centre = GRID.snap(LEEDS_GP);
        double h = GRID.height() / 2 * 0.99;
        double w = GRID.width(centre.latitude()) / 2 * 0.99;
        var corners = new GeoPoint[] {new GeoPoint(centre.latitude() - h, centre.longitude() - w),
            new GeoPoint(centre.latitude() + h, centre.longitude() + w), new GeoPoint(centre.latitude() - h, centre.longitude() + w),
            LEEDS_GP};
        for (var corner : corners) {
            assertEquals(centre, GRID.snap(corner), corner.toString());
        }
        assertEquals(centre, GRID.snap(centre), "a centre is its own cell's centre: coarsening again changes nothing");
    }

    @Test
    void cellsAreAtLeastTheGridApartOnBothAxes() {
        var centre = GRID.snap(LEEDS_GP);
        var north = GRID.snap(new GeoPoint(centre.latitude() + GRID.height(), centre.longitude()));
        var east = GRID.snap(new GeoPoint(centre.latitude(), centre.longitude() + GRID.width(centre.latitude())));
        assertNotEquals(centre, north);
        assertNotEquals(centre, east);
        double northMetres = (north.latitude() - centre.latitude()) * PlaceGrid.METRES_PER_DEGREE;
        double eastMetres = centre.kilometresTo(east) * 1000;
        assertTrue(northMetres >= 499.5 && northMetres < 505, "north (the next band's cells may be shifted east or west): " + northMetres);
        assertTrue(eastMetres >= 499.5 && eastMetres < 505, "east: " + eastMetres);
    }

    @Test
    void pointsNearThePolesAndTheDateLineStayOnTheGlobe() {
        for (var told : new GeoPoint[] {new GeoPoint(90, 180), new GeoPoint(-90, -180), new GeoPoint(89.9999, 179.9999),
            new GeoPoint(0, 180)}) {
            var shown = GRID.snap(told);
            assertTrue(Math.abs(shown.latitude()) <= 90 && Math.abs(shown.longitude()) <= 180, told + " -> " + shown);
        }
        var world = new PlaceGrid(50_000_000).snap(LEEDS_GP);
        assertEquals(new GeoPoint(0, 0), world, "a grid larger than the globe shows every story at one point");
    }

    @Test
    void aStoryAboutAServiceWithAPositionShowsThereElseAtItsCell() {
        var service = new GeoPoint(53.8046, -1.5199);
        assertEquals(service, new PlaceRule(GRID, true).shown(LEEDS_GP, Optional.of(service)));
        assertEquals(GRID.snap(LEEDS_GP), new PlaceRule(GRID, true).shown(LEEDS_GP, Optional.empty()));
        assertEquals(GRID.snap(LEEDS_GP), new PlaceRule(GRID, false).shown(LEEDS_GP, Optional.of(service)), "when the setting says so");
        assertEquals(null, new PlaceRule(GRID, true).shown(null, Optional.of(service)), "no point told, none shown");
    }

    @Test
    void refusesAGridOfLessThanAMetre() {
        assertThrows(IllegalArgumentException.class, () -> new PlaceGrid(0));
    }
}
