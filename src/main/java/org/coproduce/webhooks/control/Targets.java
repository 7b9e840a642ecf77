package org.coproduce.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.platform.Settings;

/**
 * Where webhooks may go (no server-side request forgery into the internal network). A target is an
 * http(s) address without user information whose host is loopback (allowed unless
 * COPRODUCE_WEBHOOK_LOOPBACK=false) or matches a pattern of COPRODUCE_WEBHOOK_ALLOWED_HOSTS
 * (comma-separated: {@code hooks.example.org}, {@code *.example.org}, an IP address, or {@code *}
 * for any host). Every address the host resolves to is checked too, at registration and before
 * every attempt: a private, link-local (cloud metadata at 169.254.169.254), unique-local, shared,
 * multicast or unspecified address only for a host named exactly in the list, never through a
 * wildcard; loopback only when loopback is allowed or the host is named exactly.
 */
public class Targets {

    /** Resolves a host name (a seam for tests). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final String NOT_HTTP = "must be an http or https address without a user name or password";
    public static final String NOT_ALLOWED = "is not on the list of allowed webhook hosts (COPRODUCE_WEBHOOK_ALLOWED_HOSTS)";
    public static final String INTERNAL = "resolves to an internal address (private, link-local or cloud metadata), which is refused";
    public static final String LOOPBACK = "resolves to a loopback address, which this installation refuses";
    public static final String UNRESOLVED = "has a host name that does not resolve";

    private final boolean loopback;
    private final List<String> patterns;
    private final Resolver resolver;

    public Targets(boolean loopback, List<String> patterns, Resolver resolver) {
        this.loopback = loopback;
        this.patterns = patterns.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
        this.resolver = resolver;
    }

    public static Targets fromSettings() {
        return new Targets(!"false".equalsIgnoreCase(Settings.get("COPRODUCE_WEBHOOK_LOOPBACK", "true")),
                Arrays.asList(Settings.get("COPRODUCE_WEBHOOK_ALLOWED_HOSTS", "").split(",")), InetAddress::getAllByName);
    }

    /** Why this address may not be a target; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of(NOT_HTTP);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of(NOT_HTTP);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(UNRESOLVED);
        }
        boolean named = patterns.contains(host);
        boolean listed = named || patterns.stream().anyMatch(p -> matches(p, host));
        for (var address : addresses) {
            var refused = refusal(address, named, listed);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return addresses.length == 0 ? Optional.of(UNRESOLVED) : Optional.empty();
    }

    private Optional<String> refusal(InetAddress address, boolean named, boolean listed) {
        if (address.isLoopbackAddress()) {
            return loopback || named ? Optional.empty() : Optional.of(LOOPBACK);
        }
        if (!listed) {
            return Optional.of(NOT_ALLOWED);
        }
        return internal(address) && !named ? Optional.of(INTERNAL) : Optional.empty();
    }

    private static boolean matches(String pattern, String host) {
        return pattern.equals("*") || (pattern.startsWith("*.") && host.endsWith(pattern.substring(1)));
    }

    /** Any address that is not an ordinary public unicast one. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean embedsIpv4 = (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)
                    || ((b[0] & 0xff) == 0x20 && b[1] == 0x02);
            return uniqueLocal || embedsIpv4;
        }
        return true;
    }
}
