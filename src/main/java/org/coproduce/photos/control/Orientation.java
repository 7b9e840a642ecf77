package org.coproduce.photos.control;

import java.awt.geom.AffineTransform;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of its APP1 "Exif" segment): how the camera
 * wants the stored pixels turned. Read before the metadata is thrown away, and applied to the
 * pixels, so a phone photo taken upright is published upright. Anything unreadable is 1 (as stored).
 */
final class Orientation {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private Orientation() {
    }

    static int of(byte[] jpeg) {
        try {
            for (int i = 2; i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff; ) {
                int marker = jpeg[i + 1] & 0xff;
                int length = (jpeg[i + 2] & 0xff) << 8 | jpeg[i + 3] & 0xff;
                if (marker == 0xda || marker == 0xd9 || length < 2) {
                    return 1;
                }
                if (marker == 0xe1 && startsWith(jpeg, i + 4, EXIF)) {
                    return fromTiff(jpeg, i + 4 + EXIF.length, Math.min(jpeg.length, i + 2 + length));
                }
                i += 2 + length;
            }
        } catch (IndexOutOfBoundsException damaged) {
            return 1;
        }
        return 1;
    }

    /** Whether the orientation swaps width and height (a quarter turn). */
    static boolean turnsSideways(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** Maps the stored image (width × height) onto the upright one. */
    static AffineTransform transform(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }

    private static int fromTiff(byte[] b, int start, int end) {
        boolean little = b[start] == 'I';
        int ifd = start + int32(b, start + 4, little);
        if (ifd < start || ifd + 2 > end) {
            return 1;
        }
        int entries = int16(b, ifd, little);
        for (int k = 0; k < entries; k++) {
            int entry = ifd + 2 + 12 * k;
            if (entry + 12 > end) {
                return 1;
            }
            if (int16(b, entry, little) == 0x0112) {
                int value = int16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int int16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static int int32(byte[] b, int at, boolean little) {
        return little ? int16(b, at + 2, true) << 16 | int16(b, at, true) : int16(b, at, false) << 16 | int16(b, at + 2, false);
    }
}
