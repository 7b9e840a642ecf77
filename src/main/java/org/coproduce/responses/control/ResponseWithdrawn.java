package org.coproduce.responses.control;

/** A published response to this story was withdrawn by its author; observed in that transaction (outcomes recount). */
public record ResponseWithdrawn(long storyId) {
}
