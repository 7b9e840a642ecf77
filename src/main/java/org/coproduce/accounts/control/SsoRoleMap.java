package org.coproduce.accounts.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.entity.Role;

/**
 * Which role and organisations an identity provider's group gives, from COPRODUCE_OIDC_ROLE_MAP:
 * {@code <group>=<ROLE>[@<organisation id>[,<organisation id>…]];…}. Without {@code @} the role
 * acts for the whole platform. The first entry whose group the user has wins, so the entries are
 * written most powerful first.
 */
public record SsoRoleMap(List<Entry> entries) {

    public SsoRoleMap {
        entries = List.copyOf(entries);
    }

    /** One group's role; organisations empty means platform-wide. */
    public record Entry(String group, String role, Set<Long> organisations) {

        public Entry {
            organisations = Set.copyOf(organisations);
        }

        public boolean platformWide() {
            return organisations.isEmpty();
        }
    }

    /** Refuses (IllegalArgumentException naming the entry) a mapping that would be read otherwise than meant. */
    public static SsoRoleMap parse(String text) {
        var entries = new ArrayList<Entry>();
        for (String part : text == null ? new String[0] : text.split(";")) {
            if (!part.isBlank()) {
                entries.add(entry(part.strip()));
            }
        }
        return new SsoRoleMap(entries);
    }

    private static Entry entry(String part) {
        int equals = part.lastIndexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("COPRODUCE_OIDC_ROLE_MAP: expected <group>=<ROLE>[@<organisation ids>] in \"" + part + "\"");
        }
        String group = part.substring(0, equals).strip();
        String grant = part.substring(equals + 1).strip();
        int at = grant.indexOf('@');
        String roleText = at < 0 ? grant : grant.substring(0, at);
        String role = Role.parse(roleText).orElseThrow(() -> new IllegalArgumentException(
                "COPRODUCE_OIDC_ROLE_MAP: unknown role \"" + roleText + "\" in \"" + part + "\"; roles are " + Role.ALL));
        var organisations = new LinkedHashSet<Long>();
        if (at >= 0) {
            for (String id : grant.substring(at + 1).split(",")) {
                if (!id.strip().matches("\\d{1,18}")) {
                    throw new IllegalArgumentException("COPRODUCE_OIDC_ROLE_MAP: \"" + id.strip() + "\" is no organisation id in \"" + part + "\"");
                }
                organisations.add(Long.parseLong(id.strip()));
            }
        }
        return new Entry(group, role, organisations);
    }

    /** The first entry naming one of the user's groups; empty when none does (no login). */
    public Optional<Entry> grantFor(Collection<String> groups) {
        return entries.stream().filter(e -> groups.contains(e.group())).findFirst();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
