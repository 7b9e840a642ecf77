package org.coproduce.barriers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.coproduce.providers.entity.GeoPoint;
import org.junit.jupiter.api.Test;

class BarrierReportTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static BarrierReport reported() {
        return new BarrierReport("LIFT_BROKEN", "Station", "Out of order", "en", new GeoPoint(46.2102, 6.1424), new GeoPoint(46.2101, 6.1423),
                "reporter@example.org", "hash", null, NOW);
    }

    @Test
    void isDecidedOnceAndPublishedWithTheModeratorsWording() {
        var barrier = reported();
        barrier.publish(7, " Station, lift 3 ", null, NOW);
        assertEquals(ModerationState.PUBLISHED, barrier.state());
        assertEquals("Station, lift 3", barrier.place());
        assertEquals("Out of order", barrier.description());
        assertThrows(BarrierTransitionRefused.class, () -> barrier.reject(7, NOW));
    }

    @Test
    void publishingSaysWhetherTheModeratorRewordedTheReport() {
        assertEquals(true, reported().publish(7, "Station, lift 3", null, NOW), "the place reworded");
        assertEquals(true, reported().publish(7, null, "Out of order since May", NOW), "the description reworded");
        assertEquals(false, reported().publish(7, null, null, NOW), "nothing given");
        assertEquals(false, reported().publish(7, " Station ", "Out of order", NOW), "the same words given back (the form sends them)");
    }

    @Test
    void aRejectedReportKeepsNeitherAddressNorExactPoint() {
        var barrier = reported();
        barrier.reject(7, NOW);
        assertNull(barrier.email());
        assertNull(barrier.exact());
        assertEquals(new GeoPoint(46.2101, 6.1423), barrier.routedBy());
    }

    @Test
    void statusMovesOnlyForwardAndFixedForgetsTheExactPoint() {
        var barrier = reported();
        assertThrows(BarrierTransitionRefused.class, () -> barrier.moveTo(BarrierStatus.CONFIRMED, NOW), "not before publication");
        barrier.publish(7, null, null, NOW);
        barrier.moveTo(BarrierStatus.BEING_FIXED, NOW);
        assertThrows(BarrierTransitionRefused.class, () -> barrier.moveTo(BarrierStatus.CONFIRMED, NOW));
        assertThrows(BarrierTransitionRefused.class, () -> barrier.moveTo(BarrierStatus.BEING_FIXED, NOW));
        assertEquals(new GeoPoint(46.2102, 6.1424), barrier.exact());
        barrier.moveTo(BarrierStatus.FIXED, NOW);
        assertNull(barrier.exact());
    }

    @Test
    void withdrawnByItsReporterAPublishedBarrierKeepsNoWordsPointOrAddressAndLeavesThePublic() {
        var barrier = reported();
        barrier.erasableWith("token hash");
        barrier.publish(7, null, null, NOW);
        barrier.moveTo(BarrierStatus.CONFIRMED, NOW);
        barrier.metOnceMore();
        barrier.withdraw();
        assertEquals(ModerationState.WITHDRAWN, barrier.state());
        assertEquals(false, barrier.published());
        assertEquals("", barrier.place());
        assertEquals("", barrier.description());
        assertNull(barrier.email());
        assertNull(barrier.exact());
        assertNull(barrier.screening());
        assertEquals(0, barrier.metCount());
        assertEquals(BarrierStatus.CONFIRMED, barrier.status(), "the organisation's status stays with the tombstone");
        assertThrows(BarrierTransitionRefused.class, barrier::withdraw);
        assertThrows(BarrierTransitionRefused.class, () -> barrier.moveTo(BarrierStatus.FIXED, NOW));
    }

    @Test
    void aRouteTakesItsCategoryInsideItsBoxEdgesIncluded() {
        var lifts = new BarrierRoute(1, "LIFT_BROKEN", 46.19, 6.13, 46.22, 6.16, NOW);
        assertEquals(true, lifts.takes("LIFT_BROKEN", new GeoPoint(46.22, 6.13)));
        assertEquals(false, lifts.takes("NO_QUIET_ROOM", new GeoPoint(46.2, 6.14)));
        assertEquals(false, lifts.takes("LIFT_BROKEN", new GeoPoint(46.23, 6.14)));
        assertEquals(true, new BarrierRoute(1, null, 46.19, 6.13, 46.22, 6.16, NOW).takes("NO_QUIET_ROOM", new GeoPoint(46.2, 6.14)));
    }
}
