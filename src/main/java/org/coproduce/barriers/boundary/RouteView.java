package org.coproduce.barriers.boundary;

import org.coproduce.barriers.entity.BarrierRoute;

public record RouteView(long id, long organisationId, String organisationName, String category, double minLatitude, double minLongitude,
        double maxLatitude, double maxLongitude) {

    static RouteView of(BarrierRoute r, String organisationName) {
        return new RouteView(r.id(), r.organisationId(), organisationName, r.category(), r.minLatitude(), r.minLongitude(), r.maxLatitude(),
                r.maxLongitude());
    }
}
