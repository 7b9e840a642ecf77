package org.coproduce.providers.control;

import java.util.Optional;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ServiceCategory;

/** What a directory search asks for; every part optional. */
public record ServiceSearch(Optional<String> text, Optional<ServiceCategory> category, Optional<GeoPoint> near,
        Optional<Long> organisation) {
}
