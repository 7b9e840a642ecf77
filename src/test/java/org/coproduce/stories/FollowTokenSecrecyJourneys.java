package org.coproduce.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduce.platform.Digests;
import org.coproduce.platform.MasterSecret;
import org.coproduce.platform.Settings;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Whoever holds a full dump of the database cannot open a storyteller's private link: the
 * link of a keyed web submission is a keyed hash of inputs that are in the dump, under a key that
 * is not (it comes from COPRODUCE_SECRET). Proven with mariadb-dump/mysqldump of the IT database.
 */
public interface FollowTokenSecrecyJourneys extends Journeys {

    /** Text that could be a key: hex, base64, base64url or a bare word, 16 to 1024 characters (an HMAC key longer than that is no key). */
    Pattern KEYISH = Pattern.compile("[A-Za-z0-9+/=_-]{16,1024}");
    Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.){16,1024}?)'");

    @Test
    default void aFullDumpOfTheDatabaseCannotRecomputeAFollowLink() throws Exception {
        String key = UUID.randomUUID().toString();
        var told = anonymous().post("api/stories", Journeys.submission(emergencyDepartment(), "Dumped"), "Idempotency-Key", key);
        assertEquals(202, told.status(), told.body());
        String token = told.json().getString("followToken");
        assertEquals(200, anonymous().get("api/follow/" + token).status());
        String inputs = key + "|" + requestHash(key);
        String secret = Settings.get("COPRODUCE_SECRET").orElseThrow(() -> new IllegalStateException("the ITs set COPRODUCE_SECRET"));
        assertEquals(token, hmac(MasterSecret.of(secret, null).key("follow"), inputs),
                "the link is the keyed hash of the stored inputs: with the key, anyone could recompute it");

        String dump = dump();
        assertTrue(dump.contains(key) && dump.contains(requestHash(key)), "the dump holds the inputs of the link");
        assertTrue(dump.contains(Digests.sha256(token)), "the dump holds the link's hash (it is this database's dump)");
        assertFalse(dump.contains(token), "(a) the link itself is not in the dump");
        assertFalse(dump.toLowerCase().contains("`app_secret`"), "no table of secrets any more");
        for (String name : List.of("follow", "client", "login-throttle")) {
            byte[] derived = MasterSecret.of(secret, null).key(name);
            for (String form : encodings(derived)) {
                assertFalse(dump.contains(form), "(b) the key " + name + " is not in the dump");
            }
        }
        assertFalse(dump.contains(secret), "(b) the server secret is not in the dump");
        var candidates = candidates(dump);
        assertTrue(candidates.size() > 100, "the dump offers candidates: " + candidates.size());
        assertEquals(Optional.empty(), recomputing(token, inputs, candidates), "(c) no text in the dump recomputes the link");

        byte[] leaked = MasterSecret.of(secret, null).key("follow");
        for (String form : encodings(leaked)) {
            assertTrue(recomputing(token, inputs, candidates("\n'" + form + "'")).isPresent(),
                    "the search finds the key when a dump holds it (" + form + ")");
        }
        assertTrue(recomputing(token, inputs, candidates("\n'" + secret + "'")).isPresent(),
                "the search finds the server secret when a dump holds it");
    }

    private static String requestHash(String idempotencyKey) throws Exception {
        try (var db = TestDatabase.connect();
                var story = db.prepareStatement("select request_hash from story where idempotency_key = ?")) {
            story.setString(1, idempotencyKey);
            var row = story.executeQuery();
            assertTrue(row.next(), "the story is stored with its Idempotency-Key");
            return row.getString(1);
        }
    }

    /** A candidate key that turns the stored inputs into the link: used as raw bytes, decoded, or as a server secret. */
    private static Optional<String> recomputing(String token, String inputs, Set<String> candidates) {
        return candidates.stream().filter(c -> keysFrom(c).anyMatch(k -> token.equals(hmac(k, inputs)))).findFirst();
    }

    private static Stream<byte[]> keysFrom(String candidate) {
        var keys = Stream.<byte[]>builder();
        keys.add(candidate.getBytes(StandardCharsets.ISO_8859_1));
        keys.add(MasterSecret.of(new String(candidate.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8), null).key("follow"));
        String hex = candidate.startsWith("0x") ? candidate.substring(2) : candidate;
        if (hex.matches("([0-9a-fA-F]{2})+")) {
            keys.add(HexFormat.of().parseHex(hex));
        }
        for (var decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                keys.add(decoder.decode(candidate));
            } catch (IllegalArgumentException notThisEncoding) {
                // next
            }
        }
        return keys.build().filter(k -> k.length > 0);
    }

    /** Every key-like word and every quoted value in the dump. */
    private static Set<String> candidates(String dump) {
        var found = new HashSet<String>();
        KEYISH.matcher(dump).results().forEach(m -> found.add(m.group()));
        QUOTED.matcher(dump).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static List<String> encodings(byte[] key) {
        return List.of(HexFormat.of().formatHex(key), HexFormat.of().withUpperCase().formatHex(key),
                Base64.getEncoder().encodeToString(key), Digests.urlSafe(key));
    }

    private static String hmac(byte[] key, String text) {
        return Digests.urlSafe(Digests.hmac(key, text));
    }

    /** mariadb-dump (or mysqldump) of the whole IT database, over TCP as the tests' admin user, blobs as hex. */
    private static String dump() throws Exception {
        var admin = URI.create(System.getProperty("coproduce.it.db").substring("jdbc:".length()));
        String user = parameter(admin, "user").orElse("root");
        Path out = Files.createTempFile("coproduce-dump", ".sql");
        try {
            var command = new ProcessBuilder(dumpProgram(), "--protocol=TCP", "-h" + admin.getHost(), "-P" + admin.getPort(), "-u" + user,
                    "--single-transaction", "--routines", "--triggers", "--hex-blob", System.getProperty("coproduce.it.dbname", "coproduce_it"))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
            parameter(admin, "password").filter(p -> !p.isEmpty()).ifPresent(p -> command.environment().put("MYSQL_PWD", p));
            var process = command.start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the dump finished within 2 minutes");
            assertEquals(0, process.exitValue(), "the dump succeeded");
            String dump = Files.readString(out, StandardCharsets.ISO_8859_1);
            assertTrue(dump.contains("INSERT INTO `story`"), "a full dump, with the stories");
            return dump;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String dumpProgram() {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            for (String name : List.of("mariadb-dump", "mysqldump")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new IllegalStateException("mariadb-dump or mysqldump is needed on PATH (Debian: apt-get install mariadb-client)");
    }

    private static Optional<String> parameter(URI uri, String name) {
        return Stream.of(Optional.ofNullable(uri.getQuery()).orElse("").split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1)).findFirst();
    }
}
