package org.coproduce.platform;

import jakarta.ws.rs.core.HttpHeaders;

/** The language to answer in: the first of German or English the client accepts, else English. */
public final class Languages {

    private Languages() {
    }

    public static String preferred(HttpHeaders headers) {
        String stated = stated(headers);
        return stated == null ? "en" : stated;
    }

    /**
     * The first of German or English the client names in Accept-Language, or null when it names
     * neither (or sends none): what a user's text is written in, kept only when the client said so.
     */
    public static String stated(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().map(l -> l.getLanguage())
                .filter(l -> l.equals("de") || l.equals("en")).findFirst().orElse(null);
    }
}
