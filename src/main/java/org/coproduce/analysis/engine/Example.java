package org.coproduce.analysis.engine;

import java.util.Set;

/** A training or test item: the features of a text and the labels a coder gave it. */
public record Example(String[] features, Set<String> labels) {
}
