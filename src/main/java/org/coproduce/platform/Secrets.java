package org.coproduce.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named server secrets, generated at first use and kept in the database so that every
 * instance computes the same keyed hashes. Cached once read.
 */
@ApplicationScoped
public class Secrets {

    @PersistenceContext
    EntityManager em;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    /** Keyed hash of a value under the named secret, URL-safe text. */
    public String keyedHash(String name, String value) {
        return Digests.urlSafe(Digests.hmac(get(name), value));
    }

    /** Runs in the caller's transaction: the first story or login creates the secret. */
    byte[] load(String name) {
        var found = em.createNativeQuery("select secret from app_secret where name = ?").setParameter(1, name)
                .getResultList();
        if (found.isEmpty()) {
            String fresh = Digests.sha256(Digests.randomToken());
            em.createNativeQuery("insert into app_secret (name, secret) values (?, ?)")
                    .setParameter(1, name).setParameter(2, fresh).executeUpdate();
            return HexFormat.of().parseHex(fresh);
        }
        return HexFormat.of().parseHex(found.getFirst().toString().trim());
    }
}
