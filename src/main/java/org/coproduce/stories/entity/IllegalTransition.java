package org.coproduce.stories.entity;

import org.coproduce.problems.Conflict;

/** A lifecycle step that the story's current state does not allow (409). */
public class IllegalTransition extends Conflict {

    public IllegalTransition(String detail) {
        super(detail);
    }
}
