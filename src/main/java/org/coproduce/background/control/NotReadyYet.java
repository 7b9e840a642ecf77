package org.coproduce.background.control;

/** A handler cannot run yet (e.g. models still loading): the task is postponed, not counted as failed. */
public class NotReadyYet extends RuntimeException {

    public NotReadyYet(String what) {
        super(what);
    }
}
