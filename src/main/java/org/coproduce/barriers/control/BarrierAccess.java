package org.coproduce.barriers.control;

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
 * Who may do what with barriers: responders and quality managers of an organisation a barrier was
 * routed to, or of one above it, set its status; quality managers of an organisation (or one above
 * it) and admins manage its barrier routes (there is no per-organisation admin role).
 */
@RequestScoped
public class BarrierAccess implements ManagedOrganisations {

    static final String NOT_ROUTED = "Only staff of an organisation this barrier was routed to (or one above it) set its status.";
    static final String NOT_STAFF = "Only the staff of this organisation (or of one above it) and admins list the barriers routed to it.";
    static final String NOT_MANAGER = "Only quality managers of this organisation (or one above it) and admins manage its barrier routes.";

    @Inject
    Caller caller;

    @Inject
    Directory directory;

    /** The routed organisation the caller acts for (theirs, or one under theirs): 403 when none. */
    public long respondingFor(Set<Long> routedTo) {
        if (!caller.has(Role.RESPONDER) && !caller.has(Role.QUALITY_MANAGER)) {
            throw new Forbidden(NOT_ROUTED);
        }
        return routedTo.stream().sorted().filter(o -> directory.withAncestors(Set.of(o)).stream().anyMatch(caller.organisations()::contains))
                .findFirst().orElseThrow(() -> new Forbidden(NOT_ROUTED));
    }

    /** Whether the caller is staff of a routed organisation (or one above it): they see the exact point. */
    public boolean mayRespond(Set<Long> routedTo) {
        return (caller.has(Role.RESPONDER) || caller.has(Role.QUALITY_MANAGER))
                && routedTo.stream().anyMatch(o -> directory.withAncestors(Set.of(o)).stream().anyMatch(caller.organisations()::contains));
    }

    @Override
    public void mayManage(long organisationId) {
        boolean manages = caller.has(Role.ADMIN) || caller.has(Role.QUALITY_MANAGER)
                && directory.withAncestors(Set.of(organisationId)).stream().anyMatch(caller.organisations()::contains);
        if (!manages) {
            throw new Forbidden(NOT_MANAGER);
        }
    }

    /**
     * The organisations whose routed barriers the caller lists: the one asked for (and those under
     * it) when the caller is an admin or its staff (or staff above it), else 403; without one, the
     * caller's organisations and those under them, empty for an admin (all of them).
     */
    public Optional<Set<Long>> listing(Optional<Long> organisation) {
        if (organisation.isEmpty()) {
            return visible();
        }
        long id = organisation.get();
        boolean staff = (caller.has(Role.RESPONDER) || caller.has(Role.QUALITY_MANAGER))
                && directory.withAncestors(Set.of(id)).stream().anyMatch(caller.organisations()::contains);
        if (!staff && !caller.has(Role.ADMIN)) {
            throw new Forbidden(NOT_STAFF);
        }
        return Optional.of(directory.withDescendants(Set.of(id)));
    }

    /** The organisations whose routes the caller sees: empty for an admin (all of them). */
    @Override
    public Optional<Set<Long>> visible() {
        return caller.has(Role.ADMIN) ? Optional.empty() : Optional.of(directory.withDescendants(caller.organisations()));
    }
}
