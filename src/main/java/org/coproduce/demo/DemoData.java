package org.coproduce.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.control.Passwords;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Paging;
import org.coproduce.platform.SchemaReady;
import org.coproduce.platform.Settings;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.Organisation;
import org.coproduce.providers.entity.Service;
import org.coproduce.providers.entity.ServiceCategory;
import org.coproduce.routing.entity.Subscription;

/** Loads the demo directory and accounts into an empty database when COPRODUCE_DEMO=true. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String RESPONDER_ORGANISATION = "aire-north";

    @Inject
    Directory directory;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoStories stories;

    @Transactional
    void load(@Observes SchemaReady ready) {
        if (!Settings.flag("COPRODUCE_DEMO") || directory.organisations(Paging.of("1", "1")).total() > 0) {
            return;
        }
        Map<String, Organisation> byKey = loadDirectory(read());
        long responder = loadAccounts(byKey.get(RESPONDER_ORGANISATION).id(), byKey.get("aire").id());
        for (var service : directory.servicesOf(byKey.get(RESPONDER_ORGANISATION).id())) {
            em.persist(new Subscription(responder, service.id(), 0));
        }
        var ukServices = directory.services(new org.coproduce.providers.control.ServiceSearch(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()), Paging.of("1", "100"))
                .items().stream().filter(s -> "GB".equals(s.country())).toList();
        stories.load(ukServices, responder);
        LOG.info("Demo data loaded: " + byKey.size() + " organisations and " + DemoStories.COUNT + " stories");
    }

    private Map<String, Organisation> loadDirectory(DemoDirectory demo) {
        Map<String, Organisation> byKey = new HashMap<>();
        for (var o : demo.organisations()) {
            var organisation = new Organisation(o.name(), byKey.get(o.parent()));
            organisation.describe(o.name(), o.kind(), o.city(), o.country(), o.website());
            directory.add(organisation);
            byKey.put(o.key(), organisation);
        }
        for (var s : demo.services()) {
            var service = new Service(byKey.get(s.organisation()), s.name(), ServiceCategory.parse(s.category()).orElseThrow());
            service.describe(byKey.get(s.organisation()), s.name(), service.category(), s.description());
            service.locate(s.address(), s.postcode(), s.city(), s.country(), new GeoPoint(s.latitude(), s.longitude()));
            directory.add(service);
        }
        return byKey;
    }

    /** One hash for all demo accounts: they share the demo password by definition. */
    /** Returns the responder's account id. */
    private long loadAccounts(long responderOrganisation, long qualityOrganisation) {
        String hash = passwords.hash(Settings.get("COPRODUCE_DEMO_PASSWORD", "demo-password"));
        account("admin@demo.example", "Alex Admin", "Platform administrator", Role.ADMIN, true, Set.of(), hash);
        account("moderator@demo.example", "Mo Moderator", "Story moderator", Role.MODERATOR, true, Set.of(), hash);
        account("quality@demo.example", "Quinn Quality", "Head of quality", Role.QUALITY_MANAGER, false,
                Set.of(qualityOrganisation), hash);
        return account("responder@demo.example", "Riley Responder", "Patient experience lead", Role.RESPONDER, false,
                Set.of(responderOrganisation), hash);
    }

    private long account(String email, String name, String title, String role, boolean platformWide, Set<Long> organisations,
            String hash) {
        var existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var account = new Account(email, role, hash);
        account.describe(name, title, role, platformWide, organisations);
        accounts.add(account);
        return account.id();
    }

    private DemoDirectory read() {
        try (InputStream in = getClass().getResourceAsStream("directory.json"); var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("demo/directory.json cannot be read", e);
        }
    }
}
