package org.coproduce.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address, for the story rate limit and the login throttle: behind a reverse proxy
 * (COPRODUCE_TRUST_PROXY=true) the last entry of X-Forwarded-For, which that proxy appended;
 * otherwise the connection's address. Several X-Forwarded-For header lines count as one list in
 * their order (a proxy such as HAProxy's {@code option forwardfor} adds a line of its own after
 * the client's), so a client cannot choose its address by sending the header itself. Only ever
 * turned into keyed hashes.
 */
public final class ClientAddress {

    private static final boolean TRUST_PROXY = Settings.flag("COPRODUCE_TRUST_PROXY");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        var headers = request.getHeaders("X-Forwarded-For");
        String forwardedFor = headers == null ? null : String.join(",", java.util.Collections.list(headers));
        return of(request.getRemoteAddr(), forwardedFor, TRUST_PROXY);
    }

    static String of(String remoteAddress, String forwardedFor, boolean trustProxy) {
        if (trustProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return remoteAddress;
    }
}
