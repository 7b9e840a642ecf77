package org.coproduce.accounts.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.logging.Logger;
import org.coproduce.platform.SchemaReady;

/**
 * The OpenID Connect client (Nimbus OAuth 2.0 SDK): the provider's endpoints and keys from its
 * discovery document, the authorization request (code flow, PKCE S256, state, nonce), the code
 * exchange and the ID token's validation (signature against the provider's JWKS, issuer,
 * audience, expiry, nonce). Discovery is read at first use and again after a failure.
 */
@ApplicationScoped
public class SsoProvider {

    private static final Logger LOG = Logger.getLogger(SsoProvider.class.getName());
    private static final int TIMEOUT_MS = 5000;

    private volatile Discovered discovered;

    private record Discovered(SsoSettings settings, OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** Says at start whether single sign-on is on (a role map that cannot be read is logged as SEVERE). */
    void report(@Observes SchemaReady ready) {
        SsoSettings.fromEnvironment().ifPresentOrElse(
                s -> LOG.info("Single sign-on is on: issuer " + s.issuer() + ", " + s.roles().entries().size() + " groups mapped"),
                () -> LOG.fine("Single sign-on is not configured"));
    }

    /** Where to send the browser to log in at the provider. */
    public URI authorization(SsoSettings settings, SsoAttempt attempt, URI callback) {
        var provider = provider(settings);
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()), callback)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(new State(attempt.state()))
                .nonce(new Nonce(attempt.nonce()))
                .codeChallenge(new CodeVerifier(attempt.verifier()), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Exchanges the code for tokens and returns the validated ID token's claims. */
    public IDTokenClaimsSet exchange(SsoSettings settings, SsoAttempt attempt, String code, URI callback) {
        var provider = provider(settings);
        try {
            var request = new TokenRequest(provider.metadata().getTokenEndpointURI(), authentication(settings, provider.metadata()),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), callback, new CodeVerifier(attempt.verifier())));
            var http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            var response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new SsoFailed("the provider refused the code: " + response.toErrorResponse().getErrorObject());
            }
            var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            if (idToken == null) {
                throw new SsoFailed("the provider sent no ID token");
            }
            return provider.validator().validate(idToken, new Nonce(attempt.nonce()));
        } catch (IOException | GeneralException | com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new SsoFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static ClientAuthentication authentication(SsoSettings settings, OIDCProviderMetadata metadata) {
        var clientId = new ClientID(settings.clientId());
        var secret = new Secret(settings.clientSecret() == null ? "" : settings.clientSecret());
        var methods = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret);
    }

    private Discovered provider(SsoSettings settings) {
        var known = discovered;
        if (known != null && known.settings().equals(settings)) {
            return known;
        }
        try {
            var issuer = new Issuer(settings.issuer());
            var metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MS, TIMEOUT_MS);
            var validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()), algorithm(metadata),
                    metadata.getJWKSetURI().toURL());
            discovered = new Discovered(settings, metadata, validator);
            return discovered;
        } catch (IOException | GeneralException | RuntimeException e) {
            LOG.warning("Single sign-on: the provider's discovery document at " + settings.issuer() + " cannot be read: " + e);
            throw new SsoFailed("discovery failed: " + e.getMessage());
        }
    }

    /** RS256 unless the provider signs ID tokens only otherwise. */
    private static JWSAlgorithm algorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        return offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256) ? JWSAlgorithm.RS256 : offered.getFirst();
    }
}
