/**
 * Automatic analysis of a story's text: language (English or German), themes from a two-level
 * taxonomy with polarity, whole-story sentiment and criticality, personal data to redact and
 * safeguarding triggers for urgent moderation. Built on OpenNLP; models are trained at start-up
 * from the bundled, attributed NHS patient-feedback data and German example sentences.
 * <p>
 * Offers {@link org.coproduce.analysis.engine.Analyser} ({@code analyse(text)} returning an
 * {@link org.coproduce.analysis.entity.Analysis}). Out of scope: storing tags, moderator
 * workflow and redaction itself (moderation component).
 * <p>
 * Owns tables: story_analysis, theme_correction, theme_model, theme_model_chunk.
 */
package org.coproduce.analysis;
