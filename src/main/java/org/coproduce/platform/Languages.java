package org.coproduce.platform;

import jakarta.ws.rs.core.HttpHeaders;

/** The language to answer in: the first of German or English the client accepts, else English. */
public final class Languages {

    private Languages() {
    }

    public static String preferred(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().map(l -> l.getLanguage())
                .filter(l -> l.equals("de") || l.equals("en")).findFirst().orElse("en");
    }
}
