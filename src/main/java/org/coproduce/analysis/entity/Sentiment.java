package org.coproduce.analysis.entity;

public enum Sentiment {
    positive, mixed, negative
}
