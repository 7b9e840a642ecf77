/**
 * The NLP engine in plain Java: {@link org.coproduce.analysis.engine.Analyser} and what it is
 * built from (language detection, OpenNLP tokens, theme, sentiment and criticality models, the
 * taxonomy, personal-data and safeguarding screens, training corpora and trainers). No container
 * types: the beans in analysis.control create it, pass it its settings and store what it finds
 * (EngineIsPlainJavaTest).
 */
package org.coproduce.analysis.engine;
