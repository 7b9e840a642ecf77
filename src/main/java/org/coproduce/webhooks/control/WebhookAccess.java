package org.coproduce.webhooks.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.ManagedOrganisations;
import org.coproduce.problems.Forbidden;
import org.coproduce.providers.control.Directory;

/**
 * Who manages an organisation's webhooks: its quality managers and those of an organisation above
 * it (there is no per-organisation admin role), and platform admins.
 */
@RequestScoped
public class WebhookAccess implements ManagedOrganisations {

    @Inject
    Caller caller;

    @Inject
    Directory directory;

    @Override
    public void mayManage(long organisationId) {
        if (!manages(organisationId)) {
            throw new Forbidden("Only quality managers of this organisation (or one above it) and admins manage its webhooks.");
        }
    }

    public boolean manages(long organisationId) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        return caller.has(Role.QUALITY_MANAGER)
                && directory.withAncestors(Set.of(organisationId)).stream().anyMatch(caller.organisations()::contains);
    }

    /** The organisations whose endpoints the caller sees: empty for an admin (all of them). */
    @Override
    public Optional<Set<Long>> visible() {
        return caller.has(Role.ADMIN) ? Optional.empty() : Optional.of(directory.withDescendants(caller.organisations()));
    }
}
