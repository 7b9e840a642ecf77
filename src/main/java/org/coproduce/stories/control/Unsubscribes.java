package org.coproduce.stories.control;

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
 * One-click unsubscribe for every e-mail to a member of the public. The token names whose address
 * it is (a storyteller's story, {@code s<id>}, or a "me too" contact, {@code m<id>}) and carries a
 * keyed hash of that name under the server secret {@code unsubscribe}, so it cannot be guessed
 * and needs nothing stored. Unsubscribing erases the address for that story: no further e-mail
 * about it reaches that address (the story, and answers already given, stay). Using a token again
 * changes nothing.
 */
@ApplicationScoped
public class Unsubscribes {

    static final Pattern TOKEN = Pattern.compile("([sm])([0-9]{1,18})\\.([A-Za-z0-9_-]{20,100})");

    @Inject
    Secrets secrets;

    @PersistenceContext
    EntityManager em;

    /** For e-mails to the storyteller of the story. */
    public Unsubscribe storyteller(long storyId) {
        return links("s" + storyId);
    }

    /** For e-mails to a "me too" contact. */
    public Unsubscribe meToo(long contactId) {
        return links("m" + contactId);
    }

    /** Erases the address the token stands for; false if the token is not one of ours. */
    public boolean unsubscribe(String token) {
        var parts = token == null ? null : TOKEN.matcher(token.strip());
        if (parts == null || !parts.matches() || !genuine(parts.group(1) + parts.group(2), parts.group(3))) {
            return false;
        }
        long id = Long.parseLong(parts.group(2));
        String table = "s".equals(parts.group(1)) ? "update story" : "update me_too_contact";
        em.createNativeQuery(table + " set email = null where id = ?").setParameter(1, id).executeUpdate();
        if ("m".equals(parts.group(1))) {
            em.createNativeQuery("update me_too_contact set confirm_hash = null where id = ?").setParameter(1, id).executeUpdate();
        }
        return true;
    }

    String token(String whose) {
        return whose + "." + secrets.keyedHash("unsubscribe", whose);
    }

    private boolean genuine(String whose, String mac) {
        return MessageDigest.isEqual(secrets.keyedHash("unsubscribe", whose).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    private Unsubscribe links(String whose) {
        String token = token(whose);
        return new Unsubscribe(Settings.baseUrl() + "/unsubscribe.html#" + token, Settings.baseUrl() + "/api/unsubscribe?token=" + token);
    }
}
