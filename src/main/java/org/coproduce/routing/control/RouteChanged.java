package org.coproduce.routing.control;

/**
 * Someone changed how a story is handled: routed it by hand ({@code ROUTED_BY_HAND}, the
 * organisations in {@code detail}), assigned it ({@code ASSIGNED}) or wrote a private note
 * ({@code NOTE_ADDED}, never its text). Fired synchronously for the audit trail (moderation records it).
 */
public record RouteChanged(long storyId, long accountId, String action, String detail) {
}
