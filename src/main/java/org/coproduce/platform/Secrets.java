package org.coproduce.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Named server keys, derived from the {@link MasterSecret} (never stored in the database), so that
 * every instance given the same secret computes the same keyed hashes. Read at start: a server on
 * MySQL without a configured secret does not start.
 */
@ApplicationScoped
public class Secrets {

    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    private volatile MasterSecret master;

    public Secrets() {
    }

    /** Under a given secret, for tests. */
    public Secrets(MasterSecret master) {
        this.master = master;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            master();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
        }
    }

    /** The named key under the current secret. */
    public byte[] get(String name) {
        return master().key(name);
    }

    /** The named key under the previous secret (COPRODUCE_SECRET_PREVIOUS), while rotating. */
    public Optional<byte[]> previous(String name) {
        return master().previousKey(name);
    }

    /** Keyed hash of a value under the named key, URL-safe text. */
    public String keyedHash(String name, String value) {
        return Digests.urlSafe(Digests.hmac(get(name), value));
    }

    /** The keyed hash under the current key, then, while rotating, under the previous one. */
    public List<String> keyedHashes(String name, String value) {
        var hashes = new ArrayList<String>(List.of(keyedHash(name, value)));
        previous(name).ifPresent(key -> hashes.add(Digests.urlSafe(Digests.hmac(key, value))));
        return hashes;
    }

    private MasterSecret master() {
        var known = master;
        if (known == null) {
            synchronized (this) {
                if (master == null) {
                    master = MasterSecret.fromSettings();
                }
                known = master;
            }
        }
        return known;
    }
}
