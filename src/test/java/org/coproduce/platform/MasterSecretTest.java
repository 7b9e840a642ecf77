package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server secret comes from, and the keys derived from it. */
class MasterSecretTest {

    static final String SECRET = "k7Qd0Zx3Vb9Lr2Wm5Tn8Yp1Hs4Jf6Gc0Ae=";
    static final String OTHER = "another secret of at least thirty-two characters";

    @TempDir
    Path data;

    final Map<String, String> settings = new HashMap<>();

    MasterSecret load() {
        return MasterSecret.load(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void derivesTheKeysWithHkdfSha256() throws Exception {
        // RFC 5869 by the book, with the JDK's HMAC: PRK = HMAC(salt, IKM), OKM = HMAC(PRK, info | 0x01) for 32 bytes
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("coproduce master secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] prk = mac.doFinal(SECRET.getBytes(StandardCharsets.UTF_8));
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update("follow".getBytes(StandardCharsets.UTF_8));
        byte[] okm = mac.doFinal(new byte[] {1});
        assertArrayEquals(okm, MasterSecret.of(SECRET, null).key("follow"));
    }

    @Test
    void givesEveryNameAndEverySecretItsOwnKey() {
        var secret = MasterSecret.of(SECRET, null);
        assertEquals(32, secret.key("follow").length);
        assertArrayEquals(secret.key("follow"), MasterSecret.of(SECRET + "\n", null).key("follow"), "a file's line break is not part of it");
        assertFalse(Arrays.equals(secret.key("follow"), secret.key("client")));
        assertFalse(Arrays.equals(secret.key("follow"), MasterSecret.of(OTHER, null).key("follow")));
    }

    @Test
    void takesTheSecretFromTheEnvironmentOrAFile() throws Exception {
        settings.put("DB_URL", "jdbc:mysql://db/coproduce");
        settings.put("COPRODUCE_SECRET", SECRET);
        assertArrayEquals(MasterSecret.of(SECRET, null).key("follow"), load().key("follow"));
        settings.remove("COPRODUCE_SECRET");
        Path file = Files.writeString(data.resolve("coproduce.key"), OTHER + "\n");
        settings.put("COPRODUCE_SECRET_FILE", file.toString());
        assertArrayEquals(MasterSecret.of(OTHER, null).key("follow"), load().key("follow"));
        assertFalse(Files.exists(data.resolve(MasterSecret.FILE_NAME)), "nothing generated");
    }

    @Test
    void refusesToStartOnMysqlWithoutASecret() {
        settings.put("DB_URL", "jdbc:mysql://db/coproduce");
        settings.put("COPRODUCE_DATA", data.toString());
        var refused = assertThrows(IllegalStateException.class, this::load);
        assertTrue(refused.getMessage().contains("COPRODUCE_SECRET"), refused.getMessage());
        assertFalse(Files.exists(data.resolve(MasterSecret.FILE_NAME)), "a generated secret would differ on every instance");
    }

    @Test
    void refusesAShortSecret() {
        settings.put("COPRODUCE_SECRET", "password123");
        var refused = assertThrows(IllegalStateException.class, this::load);
        assertTrue(refused.getMessage().contains("at least 32 characters"), refused.getMessage());
        settings.put("COPRODUCE_SECRET", SECRET);
        settings.put("COPRODUCE_SECRET_PREVIOUS", "short");
        assertThrows(IllegalStateException.class, this::load);
    }

    @Test
    void refusesAMissingSecretFile() {
        settings.put("COPRODUCE_SECRET_FILE", data.resolve("missing").toString());
        var refused = assertThrows(IllegalStateException.class, this::load);
        assertTrue(refused.getMessage().contains("missing"), refused.getMessage());
    }

    @Test
    void generatesTheSecretOfTheEmbeddedDatabaseOnceInTheDataFolderForItsOwnerOnly() throws Exception {
        settings.put("COPRODUCE_DATA", data.resolve("fresh").toString());
        byte[] first = load().key("follow");
        Path file = data.resolve("fresh").resolve(MasterSecret.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).strip().length() >= 43, "256 random bits");
        assertArrayEquals(first, load().key("follow"), "the next start reads the same secret");
        assertArrayEquals(MasterSecret.of(Files.readString(file), null).key("follow"), first);
    }

    @Test
    void keepsThePreviousSecretWhileRotating() {
        settings.put("COPRODUCE_SECRET", OTHER);
        assertTrue(load().previousKey("follow").isEmpty());
        settings.put("COPRODUCE_SECRET_PREVIOUS", SECRET);
        var rotating = load();
        assertArrayEquals(MasterSecret.of(OTHER, null).key("follow"), rotating.key("follow"), "new keys under the new secret");
        assertArrayEquals(MasterSecret.of(SECRET, null).key("follow"), rotating.previousKey("follow").orElseThrow());
        settings.put("COPRODUCE_SECRET_PREVIOUS", OTHER);
        assertTrue(load().previousKey("follow").isEmpty(), "the same secret twice is no rotation");
    }

    @Test
    void hashesUnderTheCurrentKeyThenThePreviousOne() {
        var secrets = new Secrets(MasterSecret.of(OTHER, SECRET));
        var hashes = secrets.keyedHashes("follow", "key|body");
        assertEquals(2, hashes.size());
        assertEquals(new Secrets(MasterSecret.of(OTHER, null)).keyedHash("follow", "key|body"), hashes.get(0));
        assertEquals(new Secrets(MasterSecret.of(SECRET, null)).keyedHash("follow", "key|body"), hashes.get(1));
    }
}
