package org.coproduce.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, with what the page tests need: wait for a page to be drawn,
 * check it with axe-core, save a screenshot, read the Performance API.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        var idle = IDLE.pollFirst();
        if (idle != null) {
            this.driver = idle.driver;
            this.profile = idle.profile;
            return;
        }
        try {
            this.profile = Files.createTempDirectory("coproduce-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * Chromium takes seconds to start on a busy machine and a journey opens several, so a closed browser is
     * wiped (cookies, storage, cache, console log, extra windows, window size) and kept for the next journey:
     * it then starts as a fresh profile would, without the start-up.
     */
    private record Idle(ChromeDriver driver, Path profile) {
    }

    private static final java.util.concurrent.BlockingDeque<Idle> IDLE = new java.util.concurrent.LinkedBlockingDeque<>(3);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Idle idle; (idle = IDLE.pollFirst()) != null; ) {
                quit(idle.driver, idle.profile);
            }
        }));
    }

    /** Leaves the browser as a new one would be; false when it cannot be (then it is not reused). */
    private boolean wipe() {
        try {
            var windows = new java.util.ArrayList<>(driver.getWindowHandles());
            for (int i = 1; i < windows.size(); i++) {
                driver.switchTo().window(windows.get(i)).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            var origin = java.net.URI.create(base);
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    origin.getScheme() + "://" + origin.getHost() + (origin.getPort() < 0 ? "" : ":" + origin.getPort()), "storageTypes", "all"));
            driver.manage().window().setSize(new Dimension(1280, 1400));
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
            return true;
        } catch (RuntimeException broken) {
            return false;
        }
    }

    private static void quit(ChromeDriver driver, Path profile) {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // already gone
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    /**
     * Waits of up to a minute that look every 100 ms (Selenium's default is 500 ms: a page drawn in
     * a moment would cost a quarter of a second on average at each of the thousands of waits).
     */
    private WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.pollingEvery(Duration.ofMillis(250));
        return wait;
    }

    /** Opens a page of the app and waits until its script has drawn it. */
    Browser open(String path) {
        driver.get(base + path);
        return awaitReady();
    }

    Browser awaitReady() {
        // read in the page in one step: an element handle can belong to the page being replaced
        waiting().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script("return document.body !== null && document.body.dataset.ready === 'true'")));
        return this;
    }

    /**
     * Does what leads to another page (a link, a form sent) and waits until that page is drawn: the
     * old page is marked first, so its own ready mark is never taken for the new page's.
     */
    Browser navigate(Runnable action) {
        script("window.coproduceLeaving = true");
        action.run();
        waiting().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script("return window.coproduceLeaving !== true")));
        return awaitReady();
    }

    /** Waits for the condition; an element re-drawn while it is read (stale) just means: look again. */
    void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /** Presses Tab until the element matching css has the focus: proves a keyboard user can get there. */
    WebElement tabTo(String css) {
        for (int presses = 0; presses < 150; presses++) {
            if (Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0])", css))) {
                return driver.switchTo().activeElement();
            }
            keys(Keys.TAB);
        }
        throw new AssertionError(css + " cannot be reached with the Tab key");
    }

    /** Keys sent to whatever has the focus, as a keyboard would. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The page as a phone shows it (390 px wide) or as a desktop does. */
    void phoneWidth(boolean phone) {
        driver.manage().window().setSize(phone ? new Dimension(390, 1400) : new Dimension(1280, 1400));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * axe-core's WCAG 2.x A and AA rules on the page as it is now; a description of each violation.
     * axe is put into a page once (a page checked again, at a phone's width say, keeps it) and
     * asked for the violations only: every rule still runs on every element, but the elements
     * that pass are not described (most of axe's time on a long page).
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
            script(axeSource());
        }
        var violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'],
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                  .then((result) => done(result.violations.map((v) => ({ id: v.id, impact: v.impact,
                     nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).slice(0, 3) }))))
                  .catch((e) => done([{ id: 'axe-error', impact: 'critical', nodes: [String(e)] }]));
                """);
        return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).collect(Collectors.toList());
    }

    /** axe-core's script, read once (half a megabyte). */
    private static String axeSource() {
        String source = axe;
        if (source == null) {
            source = readAxe();
            axe = source;
        }
        return source;
    }

    private static volatile String axe;

    private static String readAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages since the last call that say the Content-Security-Policy blocked something. */
    List<String> blockedByContentSecurityPolicy() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window: long pages (dashboards) are looked at in one picture. */
    void screenshotWholePage(String name) {
        @SuppressWarnings("unchecked")
        var size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip",
                Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the window, e.g. to a phone's width, and draws the page again. */
    Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        driver.navigate().refresh();
        return awaitReady();
    }

    /** Chooses the language as the switch in the header does, and draws the page again. */
    Browser inLanguage(String language) {
        script("localStorage.setItem('coproduce.lang', arguments[0])", language);
        driver.navigate().refresh();
        return awaitReady();
    }

    /** What following a link gives, fetched by the page itself (with its cookies): status, headers, body. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => done({ status: r.status, type: r.headers.get('content-type'),
                     disposition: r.headers.get('content-disposition'), body: await r.text() }))
                  .catch((e) => done({ status: -1, body: String(e) }));
                """, href);
    }

    /** Bytes transferred for the page and everything it loaded, and its first contentful paint (ms). */
    @SuppressWarnings("unchecked")
    Map<String, Object> performance() {
        return (Map<String, Object>) script("""
                const navigation = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                const size = (e) => e.transferSize || e.encodedBodySize || 0;
                return { bytes: size(navigation) + resources.reduce((sum, e) => sum + size(e), 0),
                         decodedBytes: navigation.decodedBodySize + resources.reduce((sum, e) => sum + (e.decodedBodySize || 0), 0),
                         requests: resources.length + 1,
                         firstContentfulPaintMs: paint ? Math.round(paint.startTime) : -1,
                         domContentLoadedMs: Math.round(navigation.domContentLoadedEventEnd),
                         loadMs: Math.round(navigation.loadEventEnd) };
                """);
    }

    void clearLocalStorage() {
        script("localStorage.clear()");
    }

    @Override
    public void close() {
        if (!(wipe() && IDLE.offerFirst(new Idle(driver, profile)))) {
            quit(driver, profile);
        }
    }
}
