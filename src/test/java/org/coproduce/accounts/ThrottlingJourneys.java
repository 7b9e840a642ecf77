package org.coproduce.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduce.platform.Digests;
import org.coproduce.platform.MasterSecret;
import org.coproduce.platform.Settings;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are slowed down per account + client address, per address and by a high
 * per-account ceiling, never by locking the account: the app trusts X-Forwarded-For in tests
 * (COPRODUCE_TRUST_PROXY), so each request can come from an address of its own.
 */
public interface ThrottlingJourneys extends Journeys {

    String PASSWORD = "correct horse battery";

    @Test
    default void concurrentWrongGuessesAreAllCountedAndTheGuesserGets429WithRetryAfter() throws Exception {
        String email = newAccount("guessed");
        String guesser = address();
        var answers = new ConcurrentHashMap<Integer, AtomicInteger>();
        var retryAfters = new ArrayList<String>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                guesses.add(() -> logIn(email, "wrong password " + n, guesser));
            }
            for (var future : pool.invokeAll(guesses)) {
                var reply = future.get();
                answers.computeIfAbsent(reply.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (reply.statusCode() == 429) {
                    assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                    synchronized (retryAfters) {
                        retryAfters.add(reply.headers().firstValue("Retry-After").orElse("missing"));
                    }
                }
            }
        }
        int checked = count(answers, 401) + count(answers, 503);
        System.out.println("20 concurrent wrong guesses from one address: " + new TreeMap<>(answers));
        assertEquals(20, checked + count(answers, 429), answers::toString);
        assertTrue(count(answers, 429) >= 10, "most concurrent guesses are turned away: " + answers);
        assertTrue(retryAfters.stream().allMatch(s -> s.matches("[1-9][0-9]*")), retryAfters::toString);
        assertEquals(checked, attempts("pair|" + email + "|" + guesser), "every guess that got through was counted");

        HttpResponse<String> slowed;
        int n = 0;
        do {
            slowed = logIn(email, "wrong again " + n, guesser);
            if (slowed.statusCode() == 429 && Integer.parseInt(slowed.headers().firstValue("Retry-After").orElse("0")) < 4) {
                Thread.sleep(1000L * Integer.parseInt(slowed.headers().firstValue("Retry-After").orElse("1")));
            }
        } while (++n < 30 && !(slowed.statusCode() == 429
                && Integer.parseInt(slowed.headers().firstValue("Retry-After").orElse("0")) >= 4));
        assertEquals(429, slowed.statusCode(), "the back-off doubles: " + slowed.headers().map());
        var blocked = logIn(email, PASSWORD, guesser);
        assertEquals(429, blocked.statusCode(), "the guesser's address waits, even with the right password");
        assertEquals(200, logIn(email, PASSWORD, address()).statusCode(), "the owner, elsewhere, is not locked out");
    }

    @Test
    default void aThousandWrongPasswordsFromFiftyAddressesLeaveTheOwnerAbleToLogIn() throws Exception {
        String email = newAccount("flooded");
        List<String> attackers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attackers.add(address());
        }
        var answers = new ConcurrentHashMap<Integer, AtomicInteger>();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(50)) {
            List<Callable<Integer>> flood = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String from = attackers.get(i % 50);
                int n = i;
                flood.add(() -> logIn(email, "guess " + n, from).statusCode());
            }
            for (var future : pool.invokeAll(flood)) {
                answers.computeIfAbsent(future.get(), s -> new AtomicInteger()).incrementAndGet();
            }
        }
        long floodMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1000, answers.values().stream().mapToInt(AtomicInteger::get).sum());
        assertEquals(0, count(answers, 200));
        assertTrue(count(answers, 429) >= 250, "much of the flood is turned away without hashing: " + answers);

        String owner = address();
        long waiting = System.nanoTime();
        int status = 0;
        int tries = 0;
        while (System.nanoTime() - waiting < Duration.ofSeconds(70).toNanos()) {
            var reply = logIn(email, PASSWORD, owner);
            status = reply.statusCode();
            tries++;
            if (status == 200) {
                break;
            }
            Thread.sleep(1000L * Long.parseLong(reply.headers().firstValue("Retry-After").orElse("1")));
        }
        long ownerMillis = (System.nanoTime() - waiting) / 1_000_000;
        System.out.println("1000 wrong passwords from 50 addresses in " + floodMillis + " ms: " + new TreeMap<>(answers)
                + "; the owner logged in from their own address after " + ownerMillis + " ms, " + tries + " tries");
        assertEquals(200, status);
        assertTrue(ownerMillis < 60_000, "the owner got in within a minute: " + ownerMillis + " ms");
    }

    private String newAccount(String prefix) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Owner\","
                + "\"role\":\"MODERATOR\",\"password\":\"" + PASSWORD + "\"}").status());
        return email;
    }

    private static String address() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "172." + (16 + random.nextInt(16)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private HttpResponse<String> logIn(String email, String password, String from) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base().toString().replaceAll("/?$", "/")).resolve("api/session"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json").header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build();
        return Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int count(Map<Integer, AtomicInteger> answers, int status) {
        var n = answers.get(status);
        return n == null ? 0 : n.get();
    }

    /** The counter the app keeps under the keyed hash of {@code value}, computed with the app's own secret (COPRODUCE_SECRET). */
    private static int attempts(String value) throws Exception {
        var secret = Settings.get("COPRODUCE_SECRET").orElseThrow(() -> new IllegalStateException("the ITs set COPRODUCE_SECRET"));
        String key = Digests.urlSafe(Digests.hmac(MasterSecret.of(secret, null).key("login-throttle"), value));
        try (var db = TestDatabase.connect();
                var counter = db.prepareStatement("select attempts from login_throttle where throttle_key = ?")) {
            counter.setString(1, key);
            var found = counter.executeQuery();
            return found.next() ? found.getInt(1) : 0;
        }
    }

    /** One client for all simulated addresses: the address is only the X-Forwarded-For header. */
    final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        private Http() {
        }
    }
}
