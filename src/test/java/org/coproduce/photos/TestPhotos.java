package org.coproduce.photos;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.jpeg.HuffmanTablesDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;

/**
 * Photos made in the test: a JPEG from ImageIO with a hand-built EXIF APP1 segment holding a GPS
 * position (51°30'26" N, 0°7'39" E), and a comment segment; and the metadata reader's verdict on
 * a photo (metadata-extractor).
 */
public final class TestPhotos {

    /** What a bare JPEG is made of, which metadata-extractor also reports as "directories": no metadata. */
    static final Set<Class<?>> STRUCTURE = Set.of(JpegDirectory.class, JfifDirectory.class, HuffmanTablesDirectory.class,
            FileTypeDirectory.class);

    private TestPhotos() {
    }

    /** A JPEG of this size, striped so it is not trivial, carrying GPS EXIF and a comment. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = encode(striped(width, height), "jpeg");
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), gpsTiff())));
        out.writeBytes(segment(0xFE, "Taken at 12 Secret Street by Jane".getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A JPEG stored sideways: its left half red, its right half blue, with an EXIF orientation (6: turn 90° clockwise to view). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        byte[] plain = encode(image, "jpeg");
        var tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8).putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0).putInt(0);
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array())));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return encode(striped(width, height), "png");
    }

    /** The metadata directories found, other than the bare structure of a JPEG. */
    public static List<String> metadata(byte[] image) {
        try {
            var found = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
            return StreamSupport.stream(found.getDirectories().spliterator(), false)
                    .filter(d -> !STRUCTURE.contains(d.getClass())).map(Directory::getName).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean hasGps(byte[] image) {
        try {
            var gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image)).getFirstDirectoryOfType(GpsDirectory.class);
            return gps != null && gps.getGeoLocation() != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static BufferedImage read(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage striped(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (int x = 0; x < width; x += 8) {
            g.setColor(new Color((x * 7) % 256, (x * 3) % 256, 120));
            g.fillRect(x, 0, 8, height);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        var b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    /** Big-endian TIFF: IFD0 with only the GPS pointer; the GPS IFD with latitude and longitude and their references. */
    private static byte[] gpsTiff() {
        var b = ByteBuffer.allocate(128);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        entry(b, 0x8825, 4, 1, 26);
        b.putInt(0);
        b.putShort((short) 4);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(b, 0x0002, 5, 3, 80);
        b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(b, 0x0004, 5, 3, 104);
        b.putInt(0);
        for (int value : new int[] {51, 30, 26, 0, 7, 39}) {
            b.putInt(value).putInt(1);
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
