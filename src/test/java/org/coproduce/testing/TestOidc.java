package org.coproduce.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The OpenID Connect provider the app under test logs staff in through: NAV's mock-oauth2-server,
 * a complete provider (discovery, JWKS, authorization code with PKCE, an interactive login form
 * where the user name and the ID token's claims are typed in), in the test JVM on
 * {@code coproduce.it.oidc}. The app is configured with its issuer {@link #ISSUER_ID} (pom.xml).
 */
public final class TestOidc {

    public static final String ISSUER_ID = "coproduce";
    private static MockOAuth2Server server;

    private TestOidc() {
    }

    static void start(int port) {
        server = new MockOAuth2Server(new OAuth2Config(true));
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    /** The issuer as the app knows it (COPRODUCE_OIDC_ISSUER in pom.xml). */
    public static String issuer() {
        return "http://localhost:" + System.getProperty("coproduce.it.oidc", "18902") + "/" + ISSUER_ID;
    }
}
