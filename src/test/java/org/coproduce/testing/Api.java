package org.coproduce.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client of the running app, as a browser would be: keeps cookies and sends the CSRF token
 * it got at login with every change.
 */
public final class Api {

    private final URI base;
    private final HttpClient http;
    private String csrfToken;
    /** Each client looks like its own address to the app (which trusts X-Forwarded-For in tests). */
    private final String address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    private static final java.util.Random RANDOM = new java.util.Random();

    public Api(URL deployment) {
        this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply post(String path, String json, String headerName, String headerValue) {
        return send(request(path).header("Content-Type", "application/json").header(headerName, headerValue).POST(body(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply send(String method, String path, String contentType, String body) {
        var builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Sends a file as the body (a photo upload). */
    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A download: the status and the bytes of the body (an image). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and keeps the CSRF token for the following changes. */
    public Reply logIn(String email, String password) {
        var reply = post("api/session", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (reply.status() == 200) {
            csrfToken = reply.json().getString("csrfToken");
        }
        return reply;
    }

    /** The second step of a login (after a 202 from logIn): keeps the CSRF token when it succeeds. */
    public Reply secondFactor(String json) {
        var reply = post("api/session/second-factor", json);
        if (reply.status() == 200) {
            csrfToken = reply.json().getString("csrfToken");
        }
        return reply;
    }

    public void forgetCsrfToken() {
        csrfToken = null;
    }

    public boolean hasCsrfToken() {
        return csrfToken != null;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json").header("X-Forwarded-For", address);
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
