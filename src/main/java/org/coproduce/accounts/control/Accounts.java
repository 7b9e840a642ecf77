package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.entity.Account;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/** Stores and finds accounts. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * The stored password hash, read in a short transaction of its own so that a login does not
     * hold a database connection while it waits for and spends time on the password check.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> passwordHashOf(String email) {
        return byEmail(email).map(Account::passwordHash);
    }

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalised(email)).getResultStream().findFirst();
    }

    /**
     * The language to write to this address in: its account's (COPRODUCE_STAFF_LANGUAGE when the
     * account has none), or {@code otherwise} for an address that is no account.
     */
    public java.util.Locale languageOf(String address, java.util.Locale otherwise) {
        return byEmail(address).map(a -> Templates.staff(a.language())).orElse(otherwise);
    }

    public Page<Account> all(Paging paging) {
        List<Account> items = em.createNamedQuery(Account.ALL, Account.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, em.createNamedQuery(Account.COUNT, Long.class).getSingleResult(),
                paging.page(), paging.size());
    }

    /** Enabled accounts of a role acting for any of the organisations, or for the whole platform. */
    public List<Account> withRoleFor(String role, java.util.Set<Long> organisationIds) {
        var members = organisationIds.isEmpty() ? List.<Account>of()
                : em.createQuery("select distinct a from Account a join a.organisationIds o where a.role = :r and o in :orgs"
                        + " and a.disabledAt is null",
                        Account.class).setParameter("r", role).setParameter("orgs", organisationIds).getResultList();
        var platform = em.createQuery("select a from Account a where a.role = :r and a.platformWide = true and a.disabledAt is null", Account.class)
                .setParameter("r", role).getResultList();
        var all = new java.util.LinkedHashSet<>(members);
        all.addAll(platform);
        return List.copyOf(all);
    }

    /** Every enabled account of a role, whatever it acts for (moderators and administrators act platform-wide). */
    public List<Account> withRole(String role) {
        return em.createQuery("select a from Account a where a.role = :r and a.disabledAt is null order by a.id", Account.class)
                .setParameter("r", role).getResultList();
    }

    public void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
