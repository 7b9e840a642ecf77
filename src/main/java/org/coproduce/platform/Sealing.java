package org.coproduce.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for a small secret kept in the database: a fresh 96-bit nonce each time, the
 * 128-bit tag checked on opening. The associated data (the owning row, e.g. an account's id) binds
 * the sealed value to its row: copied to another row, it does not open. Used for second-factor
 * secrets (accounts) and webhook signing secrets (webhooks).
 */
public final class Sealing {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private Sealing() {
    }

    public static String seal(byte[] key, String associated, byte[] plain) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key, nonce, associated, plain);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    }

    /** Throws IllegalStateException when the value was altered, or sealed with another key or for another row. */
    public static byte[] open(byte[] key, String associated, String sealed) {
        byte[] all = Base64.getDecoder().decode(sealed);
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
        return run(Cipher.DECRYPT_MODE, key, nonce, associated, java.util.Arrays.copyOfRange(all, NONCE, all.length));
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, String associated, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealed secret does not open.", e);
        }
    }
}
