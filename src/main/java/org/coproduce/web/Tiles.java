package org.coproduce.web;

import java.net.URI;
import org.coproduce.platform.Settings;

/** The map's tile server: COPRODUCE_TILES (a Leaflet URL template), OpenStreetMap by default. */
public record Tiles(String url, String attribution) {

    static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public static Tiles configured() {
        String url = Settings.get("COPRODUCE_TILES", OPENSTREETMAP);
        String attribution = Settings.get("COPRODUCE_TILES_ATTRIBUTION", "© OpenStreetMap contributors");
        return new Tiles(url, attribution);
    }

    /** The origin to allow in img-src, e.g. https://tile.openstreetmap.org; blank when not absolute. */
    public String origin() {
        try {
            var uri = URI.create(url.replaceAll("[{}]", ""));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
