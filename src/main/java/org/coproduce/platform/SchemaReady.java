package org.coproduce.platform;

/** Fired once the schema migrations have been applied: start-up work that needs tables observes it. */
public record SchemaReady() {
}
