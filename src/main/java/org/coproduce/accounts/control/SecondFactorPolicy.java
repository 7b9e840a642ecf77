package org.coproduce.accounts.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Settings;

/**
 * Which accounts must log in with a second factor: those whose role is in
 * COPRODUCE_SECOND_FACTOR_ROLES (default MODERATOR,ADMIN; NONE for no role). Other roles may set
 * one up and then need it too.
 * <p>
 * In demo mode the demo accounts (…@demo.example, whose password is published) are exempt and
 * may not set one up: the first visitor who did would lock every other visitor out of the demo.
 */
public final class SecondFactorPolicy {

    static final String DEMO_DOMAIN = "@demo.example";
    private static final Set<String> REQUIRED = roles(Settings.get("COPRODUCE_SECOND_FACTOR_ROLES", "MODERATOR,ADMIN"));

    private SecondFactorPolicy() {
    }

    /** A list of role names, separated by commas; NONE is the empty list. An unknown name stops the start. */
    static Set<String> roles(String text) {
        if (text.strip().equalsIgnoreCase("NONE")) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(name -> Role.parse(name).orElseThrow(() -> new IllegalArgumentException(
                        "COPRODUCE_SECOND_FACTOR_ROLES: no role " + name.toUpperCase(Locale.ROOT) + " (one of " + Role.ALL + ", or NONE)")))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean required(Account account) {
        return required(REQUIRED, account, Settings.flag("COPRODUCE_DEMO"));
    }

    static boolean required(Set<String> roles, Account account, boolean demo) {
        return roles.contains(account.role()) && !demoAccount(account, demo);
    }

    public static boolean demoAccount(Account account) {
        return demoAccount(account, Settings.flag("COPRODUCE_DEMO"));
    }

    static boolean demoAccount(Account account, boolean demo) {
        return demo && account.email().endsWith(DEMO_DOMAIN);
    }
}
