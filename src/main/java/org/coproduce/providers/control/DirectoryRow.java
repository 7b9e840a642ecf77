package org.coproduce.providers.control;

import org.coproduce.providers.entity.ExternalId;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ServiceCategory;

/**
 * One line of a directory file, checked: an organisation (parent: its parent's code, may be empty)
 * or a service (parent: its organisation's code), in the line's scheme. Empty cells are null.
 */
public record DirectoryRow(int line, Type type, ExternalId id, String parent, String name, String kind,
        ServiceCategory category, String description, String address, String postcode, String city, String place,
        String country, String website, GeoPoint point) {

    public enum Type { ORGANISATION, SERVICE }

    public ExternalId parentId() {
        return parent == null ? null : new ExternalId(id.scheme(), parent);
    }
}
