package org.coproduce.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetsTest {

    /** A fixed DNS: names to addresses, IP literals as themselves, anything else unknown. */
    static final Targets.Resolver DNS = host -> {
        var names = Map.of("localhost", "127.0.0.1", "hooks.example.org", "93.184.216.34", "rebind.example.org", "169.254.169.254",
                "intranet.example.org", "10.1.2.3", "crm.internal", "192.168.5.5", "mixed.example.org", "93.184.216.34,10.0.0.1");
        String found = names.get(host);
        if (found == null && !host.matches("[0-9.]+|.*:.*")) {
            throw new UnknownHostException(host);
        }
        var addresses = (found == null ? host : found).split(",");
        var resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    };

    final Targets byDefault = new Targets(true, List.of(), DNS);
    final Targets configured = new Targets(true, List.of(" *.example.org", "crm.internal", "10.9.9.9"), DNS);

    @Test
    void byDefaultOnlyLoopbackIsAllowed() {
        assertEquals(Optional.empty(), byDefault.refusal("http://127.0.0.1:8089/hook"));
        assertEquals(Optional.empty(), byDefault.refusal("http://localhost/hook"));
        assertEquals(Optional.empty(), byDefault.refusal("http://[::1]:9000/hook"));
        assertEquals(Optional.of(Targets.NOT_ALLOWED), byDefault.refusal("https://hooks.example.org/hook"));
        assertEquals(Optional.of(Targets.NOT_ALLOWED), byDefault.refusal("http://10.0.0.1/hook"));
        assertEquals(Optional.of(Targets.NOT_ALLOWED), byDefault.refusal("http://169.254.169.254/latest/meta-data/"));
    }

    @Test
    void loopbackCanBeTurnedOff() {
        var strict = new Targets(false, List.of("*.example.org"), DNS);
        assertEquals(Optional.of(Targets.LOOPBACK), strict.refusal("http://127.0.0.1/hook"));
        assertEquals(Optional.of(Targets.LOOPBACK), strict.refusal("http://localhost/hook"));
        assertEquals(Optional.empty(), strict.refusal("https://hooks.example.org/hook"));
    }

    @Test
    void aWildcardNeverReachesAnInternalAddress() {
        assertEquals(Optional.empty(), configured.refusal("https://hooks.example.org/coproduce"));
        assertEquals(Optional.of(Targets.INTERNAL), configured.refusal("https://rebind.example.org/"), "metadata behind a name");
        assertEquals(Optional.of(Targets.INTERNAL), configured.refusal("https://intranet.example.org/"));
        assertEquals(Optional.of(Targets.INTERNAL), configured.refusal("https://mixed.example.org/"), "one internal address is enough");
        var anyHost = new Targets(true, List.of("*"), DNS);
        assertEquals(Optional.empty(), anyHost.refusal("https://93.184.216.34/"));
        for (String internal : List.of("10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1",
                "[fd00:ec2::254]", "[fe80::1]", "[::ffff:10.0.0.1]", "[64:ff9b::a00:1]")) {
            assertEquals(Optional.of(Targets.INTERNAL), anyHost.refusal("http://" + internal + "/"), internal);
        }
    }

    @Test
    void aHostNamedExactlyMayBeInternal() {
        assertEquals(Optional.empty(), configured.refusal("http://crm.internal:8080/webhooks"));
        assertEquals(Optional.empty(), configured.refusal("http://10.9.9.9/webhooks"));
        assertEquals(Optional.of(Targets.NOT_ALLOWED), configured.refusal("http://10.9.9.8/webhooks"));
    }

    @Test
    void onlyPlainHttpAddressesThatResolve() {
        for (String bad : List.of("ftp://127.0.0.1/", "file:///etc/passwd", "http://user:pw@127.0.0.1/", "127.0.0.1:80", "http:///x",
                "not a url")) {
            assertEquals(Optional.of(Targets.NOT_HTTP), byDefault.refusal(bad), bad);
        }
        assertEquals(Optional.of(Targets.UNRESOLVED), configured.refusal("https://nowhere.example.org/"));
    }
}
