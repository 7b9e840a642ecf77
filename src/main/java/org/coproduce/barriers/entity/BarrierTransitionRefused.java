package org.coproduce.barriers.entity;

import org.coproduce.problems.Conflict;

/** A decision on a report already decided, or a status that does not move forward: 409. */
public class BarrierTransitionRefused extends Conflict {

    public BarrierTransitionRefused(String detail) {
        super(detail);
    }
}
