package org.coproduce.problems;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Beside {@link RetriedOnConflict}, on a request that carries no version of what it changes: when
 * background work changed the same row meanwhile (an optimistic-lock failure), {@link ConflictRetry}
 * runs it again on the fresh row instead of answering 409, since the caller could not have known
 * better. (A storyteller's "did it make a difference?" raced the task marking their question asked.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedWhenStale {
}
