package org.coproduce.accounts.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduce.platform.Settings;

/**
 * Single sign-on's configuration (COPRODUCE_OIDC_*). SSO is on when the issuer, the client id and
 * the role map are all set; the client secret may come from a file (COPRODUCE_OIDC_CLIENT_SECRET_FILE)
 * so that it stays out of the environment.
 */
public record SsoSettings(String issuer, String clientId, String clientSecret, String label, String groupsClaim,
        String emailClaim, SsoRoleMap roles) {

    private static final Logger LOG = Logger.getLogger(SsoSettings.class.getName());

    /** Empty when SSO is not configured, or when its role map cannot be read (logged: SSO stays off). */
    public static Optional<SsoSettings> fromEnvironment() {
        var issuer = Settings.get("COPRODUCE_OIDC_ISSUER");
        var clientId = Settings.get("COPRODUCE_OIDC_CLIENT_ID");
        SsoRoleMap roles;
        try {
            roles = SsoRoleMap.parse(Settings.get("COPRODUCE_OIDC_ROLE_MAP", ""));
        } catch (IllegalArgumentException e) {
            LOG.severe("Single sign-on is off: " + e.getMessage());
            return Optional.empty();
        }
        if (issuer.isEmpty() || clientId.isEmpty() || roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SsoSettings(issuer.get().strip(), clientId.get().strip(), secret().orElse(null),
                Settings.get("COPRODUCE_OIDC_LABEL", "single sign-on"), Settings.get("COPRODUCE_OIDC_GROUPS_CLAIM", "groups"),
                Settings.get("COPRODUCE_OIDC_EMAIL_CLAIM", "email"), roles));
    }

    private static Optional<String> secret() {
        return Settings.get("COPRODUCE_OIDC_CLIENT_SECRET").or(() -> Settings.get("COPRODUCE_OIDC_CLIENT_SECRET_FILE").map(file -> {
            try {
                return Files.readString(Path.of(file)).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("COPRODUCE_OIDC_CLIENT_SECRET_FILE cannot be read", e);
            }
        }));
    }
}
