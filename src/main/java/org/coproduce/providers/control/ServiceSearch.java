package org.coproduce.providers.control;

import java.util.Optional;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ServiceCategory;

/** What a directory search asks for; every part optional. Retired services only when asked for. */
public record ServiceSearch(Optional<String> text, Optional<ServiceCategory> category, Optional<GeoPoint> near,
        Optional<Long> organisation, boolean withRetired) {

    /** Services still offered: retired ones left out. */
    public ServiceSearch(Optional<String> text, Optional<ServiceCategory> category, Optional<GeoPoint> near,
            Optional<Long> organisation) {
        this(text, category, near, organisation, false);
    }
}
