package org.coproduce.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The key material behind every keyed hash, kept outside the database so that a dump of it
 * cannot recompute a follow link: COPRODUCE_SECRET (or a file named by COPRODUCE_SECRET_FILE);
 * on the embedded H2 database only (no DB_URL), a secret generated once into the data folder.
 * While rotating, COPRODUCE_SECRET_PREVIOUS (or _FILE) is the one before. Named keys are
 * derived from it with HKDF-SHA256 (RFC 5869), one per use, so no two uses share a key.
 */
public final class MasterSecret {

    static final int MIN_LENGTH = 32;
    static final String FILE_NAME = "secret";
    private static final Logger LOG = Logger.getLogger(MasterSecret.class.getName());
    private static final byte[] SALT = "coproduce master secret".getBytes(StandardCharsets.UTF_8);

    private final byte[] current;
    private final byte[] previous;

    private MasterSecret(byte[] current, byte[] previous) {
        this.current = current;
        this.previous = previous;
    }

    /** From the texts of the secrets (previous may be null). */
    public static MasterSecret of(String current, String previous) {
        return new MasterSecret(extract(current), previous == null || previous.strip().equals(current.strip()) ? null : extract(previous));
    }

    /** From the settings ({@link Settings#get}); refuses (IllegalStateException) when a server on MySQL has none. */
    public static MasterSecret fromSettings() {
        return load(Settings::get);
    }

    static MasterSecret load(Function<String, Optional<String>> settings) {
        String current = configured("COPRODUCE_SECRET", settings).orElseGet(() -> generated(settings));
        String previous = configured("COPRODUCE_SECRET_PREVIOUS", settings).orElse(null);
        LOG.info(() -> "Server secret from " + source("COPRODUCE_SECRET", settings)
                + (previous == null ? "" : "; previous secret from " + source("COPRODUCE_SECRET_PREVIOUS", settings)
                        + " (accepted for links made before the rotation)"));
        return of(current, previous);
    }

    /** The named key under the current secret: 32 bytes. */
    public byte[] key(String name) {
        return expand(current, name);
    }

    /** The named key under the previous secret, while rotating. */
    public Optional<byte[]> previousKey(String name) {
        return Optional.ofNullable(previous).map(prk -> expand(prk, name));
    }

    private static byte[] extract(String secret) {
        return Digests.hmac(SALT, secret.strip());
    }

    private static byte[] expand(byte[] prk, String name) {
        return Digests.hmac(prk, name + "\u0001");
    }

    /** The value of NAME, else the content of the file NAME_FILE; at least {@value #MIN_LENGTH} characters. */
    private static Optional<String> configured(String name, Function<String, Optional<String>> settings) {
        var secret = settings.apply(name).or(() -> settings.apply(name + "_FILE").map(file -> read(Path.of(file), name + "_FILE")));
        secret.filter(s -> s.strip().length() < MIN_LENGTH).ifPresent(s -> {
            throw new IllegalStateException(source(name, settings) + " is too short: it needs at least " + MIN_LENGTH
                    + " characters, e.g. from 'openssl rand -base64 32' (see docs/keys.md)");
        });
        return secret.map(String::strip);
    }

    private static String source(String name, Function<String, Optional<String>> settings) {
        if (settings.apply(name).isPresent()) {
            return name;
        }
        return settings.apply(name + "_FILE").map(file -> name + "_FILE (" + file + ")")
                .orElseGet(() -> "the generated file " + generatedFile(settings));
    }

    /** Only for the embedded database: one server, one data folder. A server on MySQL must be told its secret. */
    private static String generated(Function<String, Optional<String>> settings) {
        if (settings.apply("DB_URL").isPresent()) {
            throw new IllegalStateException("Refusing to start: DB_URL is set but no server secret is configured."
                    + " Set COPRODUCE_SECRET (or COPRODUCE_SECRET_FILE) to the same secret of at least " + MIN_LENGTH
                    + " characters on every instance, e.g. from 'openssl rand -base64 32' (see docs/keys.md)");
        }
        Path file = generatedFile(settings);
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file, "the generated secret");
    }

    private static Path generatedFile(Function<String, Optional<String>> settings) {
        return Path.of(settings.apply("COPRODUCE_DATA").orElse("data")).toAbsolutePath().resolve(FILE_NAME);
    }

    /** Readable by the server's user only (600), written once. */
    private static void create(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE)));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Digests.randomToken() + "\n");
            LOG.info(() -> "Generated the server secret " + file + " (embedded database only; keep it with the data)");
        } catch (FileAlreadyExistsException raced) {
            // another start wrote it first
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the server secret " + file, e);
        }
    }

    private static String read(Path file, String what) {
        try {
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException(what + " " + file + " is empty");
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + what + " " + file + ": " + e, e);
        }
    }
}
