package org.coproduce.outcomes.control;

import java.util.List;

/**
 * The change register, as counting needs it. Implemented by the changes component (which depends
 * on this one, not the other way round).
 */
public interface RegisteredChanges {

    /** The statuses (PLANNED, MADE, DROPPED) of the changes in the register that link this story. */
    List<String> statusesLinking(long storyId);
}
