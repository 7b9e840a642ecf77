package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.providers.control.Directory;

/**
 * Resolves the scope of a request and who sees it unsuppressed: admins and platform-wide quality
 * managers everything, quality managers their organisations with their children; everyone else
 * the public figures.
 */
@ApplicationScoped
public class Scopes {

    @Inject
    Directory directory;

    @Inject
    Caller caller;

    public Scope of(String organisation, String service) {
        boolean byOrganisation = organisation != null && !organisation.isBlank();
        boolean byService = service != null && !service.isBlank();
        if (byOrganisation && byService) {
            throw new InvalidInput("service", "give an organisation or a service, not both");
        }
        if (byService) {
            long id = Ids.parse(service).orElseThrow(() -> new InvalidInput("service", "must be a service id"));
            var s = directory.service(id).orElseThrow(() -> new NotFound("service", service));
            return new Scope(Scope.SERVICE, id, s.name(), directory.withAncestors(Set.of(s.organisation().id())));
        }
        if (byOrganisation) {
            long id = Ids.parse(organisation).orElseThrow(() -> new InvalidInput("organisation", "must be an organisation id"));
            var o = directory.organisation(id).orElseThrow(() -> new NotFound("organisation", organisation));
            return new Scope(Scope.ORGANISATION, id, o.name(), directory.withAncestors(Set.of(id)));
        }
        return Scope.platform();
    }

    /** Whether the caller follows this scope as staff (sees small counts and overdue stories). */
    public boolean followedByCaller(Scope scope) {
        return caller.account().map(account -> followedBy(account, scope)).orElse(false);
    }

    /** Whether the account follows this scope as staff (a scheduled report's recipient, say); false once it is disabled. */
    public boolean followedBy(Account account, Scope scope) {
        if (account.disabled()) {
            return false;
        }
        if (Role.ADMIN.equals(account.role()) || Role.QUALITY_MANAGER.equals(account.role()) && account.platformWide()) {
            return true;
        }
        return Role.QUALITY_MANAGER.equals(account.role())
                && scope.organisations().stream().anyMatch(account.organisationIds()::contains);
    }

    /** The scope of this kind and id, if it still exists (for work without a request: a scheduled report). */
    public Optional<Scope> find(String kind, long id) {
        return switch (kind) {
            case Scope.SERVICE -> directory.service(id)
                    .map(s -> new Scope(Scope.SERVICE, id, s.name(), directory.withAncestors(Set.of(s.organisation().id()))));
            case Scope.ORGANISATION -> directory.organisation(id)
                    .map(o -> new Scope(Scope.ORGANISATION, id, o.name(), directory.withAncestors(Set.of(id))));
            default -> Optional.of(Scope.platform());
        };
    }

    /** The name of a service, an organisation or (any other kind) the platform. */
    public String name(String kind, long id) {
        return switch (kind) {
            case Scope.SERVICE -> directory.service(id).map(s -> s.name()).orElse("service " + id);
            case Scope.ORGANISATION -> directory.organisation(id).map(o -> o.name()).orElse("organisation " + id);
            default -> Scope.platform().name();
        };
    }

    public Suppression suppressionFor(Scope scope) {
        return followedByCaller(scope) ? Suppression.NONE : Suppression.PUBLIC;
    }

    /** The suppression the dashboard applies for this account (a report's recipient). */
    public Suppression suppressionFor(Account account, Scope scope) {
        return followedBy(account, scope) ? Suppression.NONE : Suppression.PUBLIC;
    }
}
