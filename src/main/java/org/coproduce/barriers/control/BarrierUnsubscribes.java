package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.coproduce.mail.Unsubscribe;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;

/**
 * One-click unsubscribe for the reporter's e-mails about a barrier: the token {@code b<id>.<mac>}
 * carries a keyed hash of {@code b<id>} under the server key {@code unsubscribe}; using it erases
 * the address from the report. unsubscribe.html sends a token starting with {@code b} here.
 */
@ApplicationScoped
public class BarrierUnsubscribes {

    static final Pattern TOKEN = Pattern.compile("b([0-9]{1,18})\\.([A-Za-z0-9_-]{20,100})");

    @Inject
    Secrets secrets;

    @PersistenceContext
    EntityManager em;

    public Unsubscribe links(long barrierId) {
        String token = "b" + barrierId + "." + secrets.keyedHash("unsubscribe", "b" + barrierId);
        return new Unsubscribe(Settings.baseUrl() + "/unsubscribe.html#" + token, Settings.baseUrl() + "/api/barriers/unsubscribe?token=" + token);
    }

    /** False if the token is not one of ours. */
    public boolean unsubscribe(String token) {
        var parts = token == null ? null : TOKEN.matcher(token.strip());
        if (parts == null || !parts.matches() || !MessageDigest.isEqual(secrets.keyedHash("unsubscribe", "b" + parts.group(1))
                .getBytes(StandardCharsets.US_ASCII), parts.group(2).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        em.createNativeQuery("update barrier_report set email = null where id = ?").setParameter(1, Long.parseLong(parts.group(1)))
                .executeUpdate();
        return true;
    }
}
