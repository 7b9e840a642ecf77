package org.coproduce.providers.entity;

/** How many organisations and services a directory import adds, changes and retires. */
public record ImportCounts(int added, int changed, int retired) {
}
