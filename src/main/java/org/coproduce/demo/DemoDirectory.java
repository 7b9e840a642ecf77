package org.coproduce.demo;

import java.util.List;

/** The shape of demo/directory.json. */
public record DemoDirectory(List<Org> organisations, List<Place> services) {

    public record Org(String key, String parent, String name, String kind, String city, String country, String website) {
    }

    public record Place(String organisation, String name, String category, String address, String postcode,
            String city, String country, double latitude, double longitude, String description) {
    }
}
