package org.coproduce.analysis.entity;

public enum SafeguardingKind {
    self_harm, suicide, abuse, neglect, violence
}
