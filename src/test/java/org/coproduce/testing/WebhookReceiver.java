package org.coproduce.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, written from the Standard Webhooks specification rather than
 * from our sender: it checks each request's signature (HMAC-SHA256 under the base64 key after
 * {@code whsec_}, over {@code id.timestamp.body}, any of the space-separated {@code v1,}
 * signatures), refuses timestamps more than five minutes away, notes ids it has seen before
 * (a replay or a retry), and answers with the status it is told to.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String id, String timestamp, boolean signed, boolean fresh, boolean seenBefore, JsonObject payload,
            String body, long arrivedNanos) {

        public String type() {
            return payload.getString("type");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private volatile String secret = "whsec_";
    private volatile int status = 204;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/coproduce";
    }

    public void trust(String signingSecret) {
        this.secret = signingSecret;
    }

    public void answer(int httpStatus) {
        this.status = httpStatus;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void receive(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        String id = headers.getFirst("webhook-id");
        String timestamp = headers.getFirst("webhook-timestamp");
        String signatures = headers.getFirst("webhook-signature");
        boolean signed = id != null && timestamp != null && signatures != null && verifies(id, timestamp, signatures, body);
        boolean fresh = timestamp != null && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= 300;
        synchronized (this) {
            received.add(new Received(id, timestamp, signed, fresh, !seen.add(String.valueOf(id)),
                    Json.createReader(new StringReader(body)).readObject(), body, arrived));
        }
        exchange.sendResponseHeaders(signed && fresh ? status : 401, -1);
        exchange.close();
    }

    private boolean verifies(String id, String timestamp, String signatures, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String given : signatures.split(" ")) {
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
