package org.coproduce.responses.control;

import java.time.Instant;
import java.util.Optional;

/**
 * The change register, as responding needs it: a response that records a change planned or made
 * joins or creates an entry in the register when it goes public, and the register moves the
 * story's progress. Implemented by the changes component (which depends on this one through the
 * outcomes, not the other way round).
 */
public interface ChangeLog {

    /** An entry of the register, as a responder picks it to join. */
    record Entry(long id, long organisationId, String status, String description) {
    }

    /** A published response recorded this change (PLANNED or MADE) for this story. */
    record Recorded(long organisationId, long storyId, long authorId, String kind, String description, Instant at) {
    }

    /** The entry a response for this organisation may join: its own or a parent's, not dropped. */
    Optional<Entry> joinable(long changeId, long organisationId);

    /**
     * Joins the entry of the organisation (or a parent) with the same description, or creates
     * one; links the story, marks the entry made when the response says so, and moves the
     * linked stories' progress. Runs in the publishing transaction.
     */
    void recorded(Recorded change);
}
