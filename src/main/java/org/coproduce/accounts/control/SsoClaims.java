package org.coproduce.accounts.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Coproduce reads from a validated ID token: the e-mail address (the account's key), whether
 * the provider says it is verified, a display name, and the groups (a list, or one string).
 */
public record SsoClaims(String email, boolean emailUnverified, String name, List<String> groups) {

    public static SsoClaims from(Map<String, Object> claims, SsoSettings settings) {
        Object email = claims.get(settings.emailClaim());
        Object groups = claims.get(settings.groupsClaim());
        Object name = claims.get("name");
        return new SsoClaims(email instanceof String e && !e.isBlank() ? e.strip() : null,
                Boolean.FALSE.equals(claims.get("email_verified")) || "false".equals(claims.get("email_verified")),
                name instanceof String n && !n.isBlank() ? n.strip() : null, groups(groups));
    }

    private static List<String> groups(Object value) {
        if (value instanceof String one) {
            return List.of(one);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    public Optional<String> usableEmail() {
        return email == null || emailUnverified || email.length() > 254 || !email.contains("@") ? Optional.empty() : Optional.of(email);
    }

    /** The display name kept for a new account: the name claim, else the e-mail address, at most 120 characters. */
    public String displayName() {
        String shown = name != null ? name : email;
        return shown.length() > 120 ? shown.substring(0, 120) : shown;
    }
}
