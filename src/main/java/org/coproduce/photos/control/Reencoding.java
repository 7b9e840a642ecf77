package org.coproduce.photos.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;

/**
 * Makes an upload safe to publish: decodes a JPEG or PNG (known by its first bytes, never by what
 * the client claims) into a plain RGB raster and writes that raster as a new JPEG with no metadata
 * of the upload: no EXIF (so no GPS, camera or time), no XMP, no ICC profile, no comment, no
 * thumbnail. The EXIF orientation alone is read first and applied to the pixels (a phone photo
 * stays upright). A transparent PNG lands on white. Sizes are checked before decoding (bytes, then the
 * pixel count from the header), a large image is decoded subsampled and scaled to at most
 * {@code maxEdge} pixels on its longer side. Plain Java, no container: unit-tested as it is.
 */
public final class Reencoding {

    /** The upload's limits: bytes, pixels (width × height) and the longest side kept. */
    public record Limits(int maxBytes, long maxPixels, int maxEdge) {
    }

    /** A JPEG without metadata, and its size in pixels. */
    public record Reencoded(byte[] jpeg, int width, int height) {
    }

    /** The upload is refused; the message says why, for the client. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final float QUALITY = 0.85f;

    private Reencoding() {
    }

    public static Reencoded reencode(byte[] upload, Limits limits) throws Refused {
        if (upload == null || upload.length == 0) {
            throw new Refused("must be a JPEG or PNG image");
        }
        if (upload.length > limits.maxBytes()) {
            throw new Refused("may be at most " + limits.maxBytes() + " bytes");
        }
        String format = format(upload);
        if (format == null) {
            throw new Refused("must be a JPEG or PNG image");
        }
        int orientation = format.equals("jpeg") ? Orientation.of(upload) : 1;
        BufferedImage decoded = decode(upload, format, limits);
        BufferedImage rgb = toRgb(decoded, orientation, limits.maxEdge());
        return new Reencoded(jpeg(rgb), rgb.getWidth(), rgb.getHeight());
    }

    /** "jpeg" or "png" by the file's signature, or null. */
    static String format(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        return null;
    }

    private static BufferedImage decode(byte[] upload, String format, Limits limits) throws Refused {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new Refused("must be a JPEG or PNG image");
            }
            if ((long) width * height > limits.maxPixels()) {
                throw new Refused("may have at most " + limits.maxPixels() + " pixels");
            }
            var param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / limits.maxEdge());
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException unreadable) {
            throw new Refused("must be a JPEG or PNG image that can be read");
        } finally {
            reader.dispose();
        }
    }

    /**
     * A new TYPE_INT_RGB raster (nothing of the source's colour model or properties), turned upright
     * as the EXIF orientation says and scaled to fit maxEdge.
     */
    static BufferedImage toRgb(BufferedImage source, int orientation, int maxEdge) {
        boolean sideways = Orientation.turnsSideways(orientation);
        int uprightWidth = sideways ? source.getHeight() : source.getWidth();
        int uprightHeight = sideways ? source.getWidth() : source.getHeight();
        double scale = Math.min(1.0, (double) maxEdge / Math.max(uprightWidth, uprightHeight));
        int width = Math.max(1, (int) Math.round(uprightWidth * scale));
        int height = Math.max(1, (int) Math.round(uprightHeight * scale));
        var rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            var transform = AffineTransform.getScaleInstance((double) width / uprightWidth, (double) height / uprightHeight);
            transform.concatenate(Orientation.transform(orientation, source.getWidth(), source.getHeight()));
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** A baseline JFIF JPEG of the raster: the writer's own default header, no metadata passed in. */
    static byte[] jpeg(BufferedImage rgb) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
