package org.coproduce.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.entity.Account;

/** Who is making this request: nobody (the public, storytellers) or a logged-in account. */
@RequestScoped
public class Caller {

    private Account account;
    private String csrfToken;
    private boolean enrolOnly;
    private String address;

    public void become(Account account, String csrfToken) {
        this.account = account;
        this.csrfToken = csrfToken;
    }

    /** A login that may only set up the second factor its role needs. */
    public void becomeEnrolling(Account account, String csrfToken) {
        become(account, csrfToken);
        this.enrolOnly = true;
    }

    public boolean enrolOnly() {
        return enrolOnly;
    }

    /** The client's address for this request (only ever turned into keyed hashes), set by AccessControl. */
    public void from(String clientAddress) {
        this.address = clientAddress;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    public boolean known() {
        return account != null;
    }

    public boolean has(String role) {
        return account != null && account.role().equals(role);
    }

    public long id() {
        return account().orElseThrow(LoginRefused::new).id();
    }

    /** The organisations this caller acts for; empty for the public. */
    public Set<Long> organisations() {
        return account == null ? Set.of() : account.organisationIds();
    }
}
