package org.coproduce.analysis.control;

import java.nio.file.Path;
import java.util.Optional;
import org.coproduce.platform.Settings;

/** The analysis engine's settings, read here so that the engine itself stays plain Java. */
public final class AnalysisSettings {

    private AnalysisSettings() {
    }

    /**
     * Where trained models are kept between starts: system property or environment variable
     * {@code COPRODUCE_MODEL_CACHE}, default {@code model-cache} in the data folder
     * (COPRODUCE_DATA, not a shared temp directory); "off" disables caching.
     */
    public static Optional<Path> modelCache() {
        String dir = Settings.get("COPRODUCE_MODEL_CACHE", Path.of(Settings.get("COPRODUCE_DATA", "data"), "model-cache").toString());
        return "off".equals(dir) ? Optional.empty() : Optional.of(Path.of(dir));
    }
}
