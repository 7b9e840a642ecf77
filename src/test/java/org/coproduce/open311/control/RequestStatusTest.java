package org.coproduce.open311.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coproduce.stories.entity.Progress;
import org.coproduce.stories.entity.StoryStatus;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void openUntilAnOrganisationAnswersClosedOnceAnsweredOrNotPublished() {
        assertEquals(RequestStatus.OPEN, RequestStatus.of(StoryStatus.RECEIVED, Progress.UNHEARD));
        assertEquals(RequestStatus.OPEN, RequestStatus.of(StoryStatus.HELD, Progress.UNHEARD));
        assertEquals(RequestStatus.OPEN, RequestStatus.of(StoryStatus.HIDDEN, Progress.RESPONDED));
        assertEquals(RequestStatus.OPEN, RequestStatus.of(StoryStatus.PUBLISHED, Progress.READ));
        assertEquals(RequestStatus.CLOSED, RequestStatus.of(StoryStatus.PUBLISHED, Progress.RESPONDED));
        assertEquals(RequestStatus.CLOSED, RequestStatus.of(StoryStatus.PUBLISHED, Progress.CHANGE_MADE));
        assertEquals(RequestStatus.CLOSED, RequestStatus.of(StoryStatus.REJECTED, Progress.UNHEARD));
        assertEquals(RequestStatus.CLOSED, RequestStatus.of(StoryStatus.UNPUBLISHED, Progress.RESPONDED));
        assertEquals("open", RequestStatus.OPEN.wire());
    }

    @Test
    void notesNeverTellWhyAStoryIsNotPublic() {
        String received = RequestStatus.notes(StoryStatus.RECEIVED, Progress.UNHEARD, "en");
        assertEquals(received, RequestStatus.notes(StoryStatus.HELD, Progress.UNHEARD, "en"));
        assertEquals(received, RequestStatus.notes(StoryStatus.HIDDEN, Progress.RESPONDED, "en"));
        assertTrue(RequestStatus.notes(StoryStatus.PUBLISHED, Progress.CHANGE_PLANNED, "de").contains("geplant"));
    }
}
