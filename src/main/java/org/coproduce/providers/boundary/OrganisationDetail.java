package org.coproduce.providers.boundary;

import java.util.List;

/** One organisation with its direct children and its services. */
public record OrganisationDetail(OrganisationView organisation, List<OrganisationView> children,
        List<ServiceView> services) {
}
