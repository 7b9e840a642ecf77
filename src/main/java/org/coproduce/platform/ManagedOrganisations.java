package org.coproduce.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Who manages which organisations' things (webhooks, barrier routes), and a list endpoint's optional
 * {@code organisation} query parameter read against it.
 */
public interface ManagedOrganisations {

    /** 403 unless the caller manages this organisation (or one above it) or is an admin. */
    void mayManage(long organisationId);

    /** The organisations whose things the caller sees: empty for an admin (all of them). */
    Optional<Set<Long>> visible();

    /**
     * What a list shows for the {@code organisation} query parameter: without one all the caller
     * sees; with one only that organisation, 403 unless the caller manages it, 400 naming the
     * parameter when it is no id.
     */
    default Optional<Set<Long>> scope(String organisation) {
        Optional<Long> id = Ids.organisation(organisation);
        id.ifPresent(this::mayManage);
        return id.isPresent() ? id.map(Set::of) : visible();
    }
}
