package org.coproduce.stories.boundary;

import java.util.Optional;
import java.util.Set;
import org.coproduce.platform.Ids;
import org.coproduce.providers.control.Directory;

/** The query parameters the story list and the map read alike. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** {@code service}, else {@code organisation} with the organisations under it: their services; neither: no filter. */
    static Optional<Set<Long>> serviceIds(Directory directory, String service, String organisation) {
        Optional<Long> serviceId = Ids.service(service);
        return serviceId.isPresent() ? serviceId.map(Set::of)
                : Ids.organisation(organisation).map(o -> directory.serviceIdsOf(directory.withDescendants(Set.of(o))));
    }
}
