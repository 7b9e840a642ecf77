package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Opens classpath resources, failing loudly when one is missing. */
final class Resources {

    private Resources() {
    }

    static InputStream open(String name) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
