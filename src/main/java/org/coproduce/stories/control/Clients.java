package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.coproduce.platform.Secrets;

/**
 * Recognises a returning client without storing its address: a keyed hash of the address and
 * the day, so hashes cannot be linked across days or reversed without the server secret.
 */
@ApplicationScoped
public class Clients {

    private static final boolean TRUST_PROXY = org.coproduce.platform.Settings.flag("COPRODUCE_TRUST_PROXY");

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    /**
     * The client's address: behind a reverse proxy (COPRODUCE_TRUST_PROXY=true) the last entry of
     * X-Forwarded-For, which that proxy appended; otherwise the connection's address.
     */
    public String hash(jakarta.servlet.http.HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (TRUST_PROXY && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            address = hops[hops.length - 1].strip();
        }
        return hash(address);
    }

    public String hash(String address) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return secrets.keyedHash("client", day + "|" + address);
    }
}
