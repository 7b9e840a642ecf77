package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.coproduce.platform.Sealing;
import org.coproduce.platform.Secrets;
import org.coproduce.webhooks.entity.WebhookEndpoint;

/**
 * An endpoint's signing secret: shown once when made, kept only sealed (AES-256-GCM under the
 * server key {@value #KEY}, bound to the endpoint's id), opened to sign each attempt; after a
 * rotation of the server secret, opened with the previous one.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String KEY = "webhooks";

    @Inject
    Secrets secrets;

    /** A new secret for the endpoint (which must have its id): sealed into it, and returned to be shown once. */
    public String renew(WebhookEndpoint endpoint) {
        String secret = Signatures.newSecret();
        endpoint.seal(Sealing.seal(secrets.get(KEY), associated(endpoint), secret.getBytes(StandardCharsets.UTF_8)));
        return secret;
    }

    public String open(WebhookEndpoint endpoint) {
        try {
            return new String(Sealing.open(secrets.get(KEY), associated(endpoint), endpoint.secretSealed()), StandardCharsets.UTF_8);
        } catch (IllegalStateException underAnotherKey) {
            var previous = secrets.previous(KEY).orElseThrow(() -> underAnotherKey);
            return new String(Sealing.open(previous, associated(endpoint), endpoint.secretSealed()), StandardCharsets.UTF_8);
        }
    }

    private static String associated(WebhookEndpoint endpoint) {
        return "webhook-endpoint:" + endpoint.id();
    }
}
