package org.coproduce.providers.boundary;

import org.coproduce.providers.entity.ExternalId;
import org.coproduce.providers.entity.Organisation;

public record OrganisationView(long id, String name, String kind, String city, String country, String website,
        Long parentId, String parentName, ExternalId externalId) {

    static OrganisationView of(Organisation o) {
        var parent = o.parent();
        return new OrganisationView(o.id(), o.name(), o.kind(), o.city(), o.country(), o.website(),
                parent == null ? null : parent.id(), parent == null ? null : parent.name(), o.externalId());
    }
}
