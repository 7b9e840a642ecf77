package org.coproduce.analysis.entity;

/** A passage that makes the story urgent for moderation. */
public record SafeguardingFlag(SafeguardingKind kind, String text) {
}
