package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.coproduce.platform.ClientAddress;
import org.coproduce.platform.Secrets;

/**
 * Recognises a returning client without storing its address: a keyed hash of the address and
 * the day, so hashes cannot be linked across days or reversed without the server secret.
 */
@ApplicationScoped
public class Clients {

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    /** The keyed hash of the client's address ({@link ClientAddress}), changing every day. */
    public String hash(jakarta.servlet.http.HttpServletRequest request) {
        return hash(ClientAddress.of(request));
    }

    public String hash(String address) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return secrets.keyedHash("client", day + "|" + address);
    }
}
