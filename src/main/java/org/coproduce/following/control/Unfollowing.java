package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.coproduce.mail.Unsubscribe;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;

/**
 * One-click unsubscribe from a subscription's e-mails: the token is {@code f<id>.<keyed hash>}
 * under the server secret {@code following-unsubscribe}, so nothing is stored and it cannot be
 * guessed. Unsubscribing deletes the subscription, address and all.
 */
@ApplicationScoped
public class Unfollowing {

    static final Pattern TOKEN = Pattern.compile("f([0-9]{1,18})\\.([A-Za-z0-9_-]{20,100})");

    @Inject
    Secrets secrets;

    @Inject
    Subscriptions subscriptions;

    public Unsubscribe links(long subscriptionId) {
        String token = "f" + subscriptionId + "." + secrets.keyedHash("following-unsubscribe", "f" + subscriptionId);
        return new Unsubscribe(Settings.baseUrl() + "/updates.html#stop=" + token,
                Settings.baseUrl() + "/api/subscriptions/unsubscribe?token=" + token);
    }

    /** Deletes the subscription the token stands for; false if the token is not one of ours (a used one is ours: true). */
    public boolean unsubscribe(String token) {
        var parts = token == null ? null : TOKEN.matcher(token.strip());
        if (parts == null || !parts.matches() || !genuine("f" + parts.group(1), parts.group(2))) {
            return false;
        }
        subscriptions.delete(Long.parseLong(parts.group(1)));
        return true;
    }

    private boolean genuine(String whose, String mac) {
        return secrets.keyedHashes("following-unsubscribe", whose).stream().anyMatch(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII)));
    }
}
