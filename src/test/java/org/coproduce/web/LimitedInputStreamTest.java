package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    private static final int LIMIT = 64 * 1024;

    @Test
    void passesABodyUpToTheLimit() throws IOException {
        byte[] body = new byte[LIMIT];
        body[LIMIT - 1] = 7;
        try (var in = new LimitedInputStream(new ByteArrayInputStream(body), LIMIT)) {
            assertArrayEquals(body, in.readAllBytes());
            assertEquals(LIMIT, in.count());
        }
    }

    @Test
    void failsOnTheFirstByteOverTheLimitWhateverTheReadSize() {
        assertThrows(LimitedInputStream.TooLarge.class,
                () -> new LimitedInputStream(new ByteArrayInputStream(new byte[LIMIT + 1]), LIMIT).readAllBytes());
        assertThrows(LimitedInputStream.TooLarge.class, () -> {
            try (var in = new LimitedInputStream(new ByteArrayInputStream(new byte[LIMIT + 1]), LIMIT)) {
                while (in.read() >= 0) {
                    // one byte at a time
                }
            }
        });
    }

    @Test
    void stopsAnEndlessStreamWithoutReadingItAll() {
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served += len;
                return len;
            }
        };
        assertThrows(LimitedInputStream.TooLarge.class, () -> new LimitedInputStream(endless, LIMIT).readAllBytes());
        assertEquals(true, endless.served < 4L * LIMIT, "read " + endless.served);
    }
}
