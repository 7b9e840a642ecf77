package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;

/** The staff of one organisation a story routed to it can be assigned to: its responders and quality managers. */
@RequestScoped
public class Colleagues {

    @Inject
    Accounts accounts;

    public List<Colleague> of(long organisation) {
        return Stream.of(Role.RESPONDER, Role.QUALITY_MANAGER)
                .flatMap(role -> accounts.withRoleFor(role, Set.of(organisation)).stream())
                .filter(a -> a.organisationIds().contains(organisation))
                .map(a -> new Colleague(a.id(), a.displayName())).distinct().toList();
    }

    public String name(Long accountId) {
        return accountId == null ? null : accounts.find(accountId).map(Account::displayName).orElse(null);
    }

    public record Colleague(long id, String displayName) {
    }
}
