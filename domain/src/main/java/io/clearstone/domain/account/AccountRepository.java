package io.clearstone.domain.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and stores accounts; joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> system(SystemAccount role) {
        return em.createQuery("select a from Account a where a.systemRole = :role", Account.class)
                .setParameter("role", role).getResultStream().findFirst();
    }

    public List<Account> ownedBy(String owner) {
        return em.createQuery("select a from Account a where a.owner = :owner and a.systemRole is null order by a.id",
                Account.class).setParameter("owner", owner).getResultList();
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.id", Account.class).getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
