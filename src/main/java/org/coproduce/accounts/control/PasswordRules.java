package org.coproduce.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.problems.InvalidInput;

/**
 * What a new password must be: 12 to 200 characters, and not a common or leaked one. The list
 * (common-passwords.txt, about 49,000, see the README beside it) ships with the app, so nothing is
 * looked up over the network. Compared in lower case, as written and without leading or trailing
 * digits and symbols, so "Password2024!" counts as "password".
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = Passwords.MIN_LENGTH;
    public static final int MAX_LENGTH = 200;
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]++|[^\\p{L}]++$");
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Throws a 400 naming {@code field} when the password may not be used. */
    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "must be 12 to 200 characters");
        }
        if (common(password)) {
            throw new InvalidInput(field, "is too common: choose one that is not on lists of common or leaked passwords");
        }
    }

    static boolean common(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String core = EDGES.matcher(lower).replaceAll("");
        return COMMON.contains(lower) || core.length() >= 4 && COMMON.contains(core) || repeated(lower);
    }

    /** One common password written twice or more ("qwertyqwerty", "abcabcabcabc"). */
    private static boolean repeated(String lower) {
        for (int unit = 1; unit <= lower.length() / 2; unit++) {
            if (lower.length() % unit == 0 && lower.substring(0, unit).repeat(lower.length() / unit).equals(lower)
                    && (unit < 4 || COMMON.contains(lower.substring(0, unit)))) {
                return true;
            }
        }
        return false;
    }

    static int size() {
        return COMMON.size();
    }

    private static Set<String> load() {
        var stream = Objects.requireNonNull(PasswordRules.class.getResourceAsStream("/org/coproduce/accounts/common-passwords.txt"),
                "common-passwords.txt is missing");
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var set = new HashSet<String>(65_536);
            lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(set::add);
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
