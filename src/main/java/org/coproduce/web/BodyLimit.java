package org.coproduce.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Problem;
import org.coproduce.problems.ProblemWriter;

/**
 * Limits API request bodies to COPRODUCE_MAX_BODY_BYTES (default 64 KiB) on the bytes actually
 * read: a Content-Length over the limit is refused at once; any other body (chunked too) is read
 * through a {@link LimitedInputStream} before the application sees it, and refused with 413 as
 * soon as it passes the limit. Compressed bodies (a Content-Encoding other than identity) are
 * refused with 415: nothing here unpacks them, so no unpacked size can slip past the limit.
 * A photo upload ({@code POST /api/follow/{token}/photos}, {@code POST /api/barriers/reported/{token}/photos}) may be up to twice
 * COPRODUCE_PHOTO_MAX_BYTES (8 MiB): the photos component refuses one over that setting itself,
 * naming the field, and this filter only keeps a far larger body out of memory.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class BodyLimit extends HttpFilter {

    private static final long LIMIT = Settings.number("COPRODUCE_MAX_BODY_BYTES", 64 * 1024);
    private static final long PHOTO_LIMIT = 2L * Settings.number("COPRODUCE_PHOTO_MAX_BYTES", 8 * 1024 * 1024);
    private static final java.util.regex.Pattern PHOTO_UPLOAD = java.util.regex.Pattern.compile(".*/api/(follow|barriers/reported)/[^/]+/photos/?");
    /** A directory file (providers' DirectoryImportsResource) may be larger than any other body. */
    private static final long IMPORT_LIMIT = Math.max(LIMIT, Settings.number("COPRODUCE_MAX_IMPORT_BYTES", 4 * 1024 * 1024));
    private static final String IMPORTS = "/api/admin/directory/imports";
    private static final long DISCARD_FACTOR = 16;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limit(request);
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length == 0 || length < 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        if (length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            ProblemWriter.write(request, response, Problem.of(415, "unsupported-content-encoding", "Unsupported Media Type",
                    "Request bodies are not accepted with Content-Encoding " + encoding.strip() + "; send them uncompressed."));
            return;
        }
        byte[] body;
        try (var in = new LimitedInputStream(request.getInputStream(), limit)) {
            body = readAll(in);
        } catch (LimitedInputStream.TooLarge e) {
            discardSome(request, limit);
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    static long limit(HttpServletRequest request) {
        boolean photo = "POST".equals(request.getMethod()) && PHOTO_UPLOAD.matcher(request.getRequestURI()).matches();
        return photo ? PHOTO_LIMIT : request.getRequestURI().endsWith(IMPORTS) ? IMPORT_LIMIT : LIMIT;
    }

    /** Reads to the end; a read of 0 bytes (nothing there yet) waits for the next byte instead of ending. */
    static byte[] readAll(java.io.InputStream in) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
            if (n == 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                out.write(b);
            } else {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops what follows, up to {@value #DISCARD_FACTOR} times the limit, so that a client
     * still sending sees the 413 instead of a reset connection; a longer body is cut off.
     */
    private static void discardSome(HttpServletRequest request, long limit) {
        try {
            var in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long left = DISCARD_FACTOR * Math.min(limit, LIMIT);
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException gone) {
            // the client stopped sending
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        ProblemWriter.write(request, response, Problem.of(413, "payload-too-large", "Payload Too Large",
                "The request body may be at most " + limit + " bytes."));
    }

    /**
     * The request with its body already read (and counted). Its input stream is one and the same
     * on every call: JAX-RS asks for it again on every read.
     */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private final ServletInputStream stream;
        private BufferedReader reader;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            var in = new ByteArrayInputStream(body);
            this.stream = new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public int available() {
                    return in.available();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous reading only");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                String name = getCharacterEncoding();
                Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
                reader = new BufferedReader(new InputStreamReader(stream, charset));
            }
            return reader;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
