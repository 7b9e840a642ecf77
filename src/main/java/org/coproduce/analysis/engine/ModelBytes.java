package org.coproduce.analysis.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How the models become bytes and come back: big-endian data streams ({@link DataOutputStream}) over a byte array,
 * gzipped for the {@link ModelCache} file, with nested models as length-prefixed blocks. The one place of that format's
 * glue, so that a cache written by one version is read by the next ({@link Analyser#MODEL_VERSION} says when not).
 */
final class ModelBytes {

    private ModelBytes() {
    }

    interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    static byte[] of(Writing writing) {
        return write(writing, false);
    }

    static <T> T read(byte[] bytes, Reading<T> reading) {
        return read(bytes, reading, false);
    }

    static byte[] gzipped(Writing writing) {
        return write(writing, true);
    }

    static <T> T readGzipped(byte[] bytes, Reading<T> reading) {
        return read(bytes, reading, true);
    }

    private static byte[] write(Writing writing, boolean gzip) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(gzip ? new GZIPOutputStream(bytes) : bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reading<T> reading, boolean gzip) {
        try (var in = new DataInputStream(gunzipped(new ByteArrayInputStream(bytes), gzip))) {
            return reading.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream gunzipped(InputStream in, boolean gzip) throws IOException {
        return gzip ? new GZIPInputStream(in) : in;
    }

    /** A nested model's bytes, its length first. */
    static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    static byte[] readBlock(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }

    /** The values alone: the reader knows how many. */
    static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    /** Fills {@code values} from the stream. */
    static void readDoubles(DataInputStream in, double[] values) throws IOException {
        for (int j = 0; j < values.length; j++) {
            values[j] = in.readDouble();
        }
    }
}
