package org.coproduce.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the statements out of what a MySQL client sends (the plain client/server protocol, as
 * Connector/J speaks it to MariaDB without TLS): each packet is a 3-byte length, a sequence number
 * and the payload; a command starts a new sequence (number 0), and COM_QUERY (3) and
 * COM_STMT_PREPARE (22) carry the SQL text after their command byte. Fed the bytes of one
 * connection in order, however they are split; everything else (the handshake, pings) is skipped.
 */
final class SqlHeard {

    private static final int COM_QUERY = 3;
    private static final int COM_STMT_PREPARE = 22;
    /** Enough of a statement to tell what it reads; the rest of a long one is skipped. */
    private static final int KEPT = 4096;

    private final Consumer<String> heard;
    private final byte[] header = new byte[4];
    private int headerRead;
    private int remaining;
    private boolean commandRead;
    private boolean statement;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    SqlHeard(Consumer<String> heard) {
        this.heard = heard;
    }

    void feed(byte[] bytes, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (headerRead < 4) {
                header[headerRead++] = bytes[at++];
                if (headerRead == 4) {
                    remaining = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
                    commandRead = false;
                    statement = false;
                    text.reset();
                    endOfPacket();
                }
            } else if (!commandRead) {
                int command = bytes[at++] & 0xFF;
                commandRead = true;
                statement = header[3] == 0 && (command == COM_QUERY || command == COM_STMT_PREPARE);
                remaining--;
                endOfPacket();
            } else {
                int take = Math.min(remaining, end - at);
                if (statement) {
                    text.write(bytes, at, Math.min(take, KEPT - text.size()));
                }
                at += take;
                remaining -= take;
                endOfPacket();
            }
        }
    }

    private void endOfPacket() {
        if (remaining == 0) {
            if (statement) {
                heard.accept(text.toString(StandardCharsets.UTF_8));
            }
            headerRead = 0;
            statement = false;
        }
    }
}
