package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.entity.Account;
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

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalised(email)).getResultStream().findFirst();
    }

    public Page<Account> all(Paging paging) {
        List<Account> items = em.createNamedQuery(Account.ALL, Account.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, em.createNamedQuery(Account.COUNT, Long.class).getSingleResult(),
                paging.page(), paging.size());
    }

    public void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
