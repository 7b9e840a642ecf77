package org.coproduce.photos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.photos.TestPhotos;
import org.junit.jupiter.api.Test;

class ReencodingTest {

    static final Reencoding.Limits LIMITS = new Reencoding.Limits(1_000_000, 10_000_000, 400);

    @Test
    void leavesNoMetadataOfAJpegWithGps() throws Exception {
        byte[] upload = TestPhotos.jpegWithGps(320, 200);
        assertTrue(TestPhotos.hasGps(upload), "the test photo carries a position");
        assertFalse(TestPhotos.metadata(upload).isEmpty());

        var clean = Reencoding.reencode(upload, LIMITS);

        assertEquals(List.of(), TestPhotos.metadata(clean.jpeg()));
        assertFalse(TestPhotos.hasGps(clean.jpeg()));
        assertFalse(new String(clean.jpeg(), StandardCharsets.ISO_8859_1).contains("Secret Street"));
        assertEquals(320, clean.width());
        assertEquals(200, TestPhotos.read(clean.jpeg()).getHeight());
    }

    @Test
    void turnsAPngIntoAJpegAndScalesItToTheLongestSide() throws Exception {
        var clean = Reencoding.reencode(TestPhotos.png(1200, 600), LIMITS);

        assertEquals("jpeg", Reencoding.format(clean.jpeg()));
        assertEquals(400, clean.width());
        assertEquals(200, clean.height());
    }

    @Test
    void turnsAPhoneImageStoredSidewaysUpright() throws Exception {
        byte[] sideways = TestPhotos.jpegWithOrientation(200, 100, 6);
        assertEquals(6, Orientation.of(sideways));

        var upright = TestPhotos.read(Reencoding.reencode(sideways, LIMITS).jpeg());

        assertEquals(100, upright.getWidth());
        assertEquals(200, upright.getHeight());
        assertTrue(red(upright.getRGB(50, 20)), "the stored left half is on top");
        assertFalse(red(upright.getRGB(50, 180)), "the stored right half is below");
    }

    @Test
    void readsEveryOrientationAndIgnoresDamagedOnes() {
        for (int o = 1; o <= 8; o++) {
            assertEquals(o, Orientation.of(TestPhotos.jpegWithOrientation(20, 10, o)));
        }
        assertEquals(1, Orientation.of(TestPhotos.jpegWithOrientation(20, 10, 9)));
        assertEquals(1, Orientation.of(java.util.Arrays.copyOf(TestPhotos.jpegWithOrientation(20, 10, 6), 20)));
        assertEquals(1, Orientation.of(TestPhotos.png(20, 10)));
    }

    private static boolean red(int rgb) {
        return (rgb >> 16 & 0xff) > 200 && (rgb & 0xff) < 60;
    }

    @Test
    void refusesWhatIsNoImage() {
        var refused = assertThrows(Reencoding.Refused.class,
                () -> Reencoding.reencode("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertEquals("must be a JPEG or PNG image", refused.getMessage());
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] whole = TestPhotos.jpegWithGps(100, 100);
        byte[] cut = java.util.Arrays.copyOf(whole, 300);
        assertThrows(Reencoding.Refused.class, () -> Reencoding.reencode(cut, LIMITS));
    }

    @Test
    void refusesTooManyBytesAndTooManyPixelsBeforeDecoding() {
        byte[] photo = TestPhotos.png(400, 300);
        assertThrows(Reencoding.Refused.class, () -> Reencoding.reencode(photo, new Reencoding.Limits(photo.length - 1, 10_000_000, 400)));
        var pixels = assertThrows(Reencoding.Refused.class,
                () -> Reencoding.reencode(photo, new Reencoding.Limits(1_000_000, 400 * 300 - 1, 400)));
        assertEquals("may have at most 119999 pixels", pixels.getMessage());
    }
}
