package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduce.providers.entity.GeoPoint;
import org.junit.jupiter.api.Test;

/** The exact point is for moderators until a decision; the public one is only ever the coarsened one. */
class StoryPlaceTest {

    static final GeoPoint TOLD = new GeoPoint(53.8, -1.55);
    static final GeoPoint CELL = new PlaceGrid(500).snap(TOLD);

    static Story shown() {
        var story = StoryTest.received();
        story.showAt(CELL, 500);
        return story;
    }

    @Test
    void showsNoPointUntilCoarsened() {
        var story = StoryTest.received();
        assertEquals(TOLD, story.exactPlace());
        assertNull(story.shownPlace());
        assertNull(story.latitude(), "the told point is never the public one");
        story.showAt(CELL, 500);
        assertEquals(CELL, story.shownPlace());
        assertEquals(CELL.latitude(), story.latitude());
        assertEquals(500, story.placeGridMetres());
    }

    @Test
    void publishingRejectingOrWithdrawingErasesTheExactPoint() {
        var published = shown();
        published.publish("T", "Text", 1, java.util.List.of(), StoryTest.LATER);
        assertNull(published.exactPlace());
        assertEquals(CELL, published.shownPlace());
        assertEquals(CELL, published.place(), "routing uses the public point once the exact one is gone");
        var rejected = shown();
        rejected.reject("names a patient");
        assertNull(rejected.exactPlace());
        var withdrawn = shown();
        withdrawn.withdraw();
        assertNull(withdrawn.exactPlace());
        assertNull(withdrawn.shownPlace());
    }

    @Test
    void aModeratorMovesThePointOrTakesItAway() {
        var story = shown();
        var moved = new GeoPoint(53.9, -1.6);
        story.moveTo(moved, new PlaceGrid(500).snap(moved), 500);
        assertEquals(moved, story.exactPlace());
        assertEquals(new PlaceGrid(500).snap(moved), story.shownPlace());
        story.removePlace();
        assertNull(story.exactPlace());
        assertNull(story.shownPlace());
        assertNull(story.placeGridMetres());
    }

    @Test
    void aPublishedStoryMovedKeepsNoExactPoint() {
        var story = shown();
        story.publish("T", "Text", 1, java.util.List.of(), StoryTest.LATER);
        var moved = new GeoPoint(53.9, -1.6);
        story.moveTo(moved, new PlaceGrid(500).snap(moved), 500);
        assertNull(story.exactPlace());
        assertEquals(new PlaceGrid(500).snap(moved), story.shownPlace());
    }

    @Test
    void aRejectedOrWithdrawnStoryCannotBePlaced() {
        assertThrows(IllegalTransition.class, () -> StoryTest.rejected().moveTo(TOLD, CELL, 500));
        assertThrows(IllegalTransition.class, () -> StoryTest.withdrawn().removePlace());
    }
}
