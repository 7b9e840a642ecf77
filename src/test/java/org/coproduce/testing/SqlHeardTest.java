package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlHeardTest {

    @Test
    void hearsQueriesAndPreparedStatementsHoweverTheBytesAreSplit() {
        var stream = new ByteArrayOutputStream();
        packet(stream, 1, new byte[] {(byte) 0x85, (byte) 0xa6, 3, 0, 'r', 'o', 'o', 't'});
        packet(stream, 0, command(3, "select 1 from story_photo where barrier_id in (?, ?)"));
        packet(stream, 0, new byte[] {14});
        packet(stream, 0, command(22, "select ä from barrier_routed"));
        packet(stream, 0, new byte[] {23, 1, 0, 0, 0});
        packet(stream, 0, command(3, ""));
        byte[] bytes = stream.toByteArray();
        var expected = List.of("select 1 from story_photo where barrier_id in (?, ?)", "select ä from barrier_routed", "");
        for (int split = 0; split <= bytes.length; split++) {
            var heard = new ArrayList<String>();
            var reader = new SqlHeard(heard::add);
            reader.feed(bytes, 0, split);
            reader.feed(bytes, split, bytes.length - split);
            assertEquals(expected, heard, "split at " + split);
        }
        var heard = new ArrayList<String>();
        var reader = new SqlHeard(heard::add);
        for (int i = 0; i < bytes.length; i++) {
            reader.feed(bytes, i, 1);
        }
        assertEquals(expected, heard, "a byte at a time");
    }

    private static byte[] command(int command, String sql) {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[text.length + 1];
        payload[0] = (byte) command;
        System.arraycopy(text, 0, payload, 1, text.length);
        return payload;
    }

    private static void packet(ByteArrayOutputStream stream, int sequence, byte[] payload) {
        stream.write(payload.length & 0xFF);
        stream.write(payload.length >> 8 & 0xFF);
        stream.write(payload.length >> 16 & 0xFF);
        stream.write(sequence);
        stream.writeBytes(payload);
    }
}
