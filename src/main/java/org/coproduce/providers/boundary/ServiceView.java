package org.coproduce.providers.boundary;

import java.time.Instant;
import org.coproduce.providers.entity.ExternalId;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.Service;

public record ServiceView(long id, String name, String category, String description, String address,
        String postcode, String city, String country, Double latitude, Double longitude,
        long organisationId, String organisationName, Double distanceKm, ExternalId externalId, Instant retiredAt) {

    static ServiceView of(Service s, GeoPoint from) {
        GeoPoint at = s.point();
        Double distance = at == null || from == null ? null : Math.round(from.kilometresTo(at) * 100) / 100.0;
        return new ServiceView(s.id(), s.name(), s.category().name(), s.description(), s.address(), s.postcode(),
                s.city(), s.country(), at == null ? null : at.latitude(), at == null ? null : at.longitude(),
                s.organisation().id(), s.organisation().name(), distance, s.externalId(), s.retiredAt());
    }
}
