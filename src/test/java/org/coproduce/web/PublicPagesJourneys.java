package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The public pages as the public reads them (issue 11, points 1, 4, 9 and 10), in English and German
 * and at a desktop's and a phone's size: figures are the dashboard's, no page prints "null",
 * "undefined" or "NaN", the dashboard reads for a board, the map says what it shows. Runs inside an
 * existing browser deployment (the class implementing it gives the browser and the address).
 */
interface PublicPagesJourneys extends BrowserJourneys {

    Dimension DESKTOP = new Dimension(1280, 900);
    Dimension PHONE = new Dimension(390, 844);
    List<Dimension> SIZES = List.of(DESKTOP, PHONE);
    List<String> LANGUAGES = List.of("en", "de");
    Pattern STRAY = Pattern.compile("\\b(null|undefined|NaN)\\b");


    /** Point 1: a service's and an organisation's figures are the dashboard's, suppressed alike, with the response time. */
    @Test
    default void publicFiguresOnServiceAndOrganisationPagesAreTheDashboardsNumbers() {
        try (var browser = browser()) {
            browser.open("");
            long service = busiestService(browser);
            long organisation = json(browser, "api/services/" + service).getJsonNumber("organisationId").longValue();
            var scopes = Map.of("service.html?id=" + service, "service=" + service,
                    "organisation.html?id=" + organisation, "organisation=" + organisation);
            for (String language : LANGUAGES) {
                Pages.useLanguage(browser, language);
                for (var scope : scopes.entrySet()) {
                    var total = json(browser, "api/outcomes?" + scope.getValue()).getJsonObject("total");
                    for (Dimension size : SIZES) {
                        browser.driver.manage().window().setSize(size);
                        browser.open(scope.getKey());
                        for (String[] figure : new String[][] {{"stories", "count"}, {"responseRate", "share"},
                                {"medianDaysToRespond", "days"}, {"changesPlanned", "count"}, {"changesMade", "count"}}) {
                            sameFigure(browser, language, figure[0], figure[1], total.getJsonObject(figure[0]), scope.getKey());
                        }
                        var dashboard = browser.find("#figures-dashboard");
                        assertTrue(dashboard.getDomAttribute("href").contains("outcomes.html?" + scope.getValue()),
                                "the figures link to the dashboard of the same scope");
                        Pages.check(browser, "figures-" + scope.getKey().replaceAll("\\W.*", "") + "-" + language + suffix(size));
                    }
                }
            }
            browser.driver.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    private static void sameFigure(Browser browser, String language, String name, String kind, JsonObject figure, String page) {
        WebElement item = browser.find("#figures [data-figure='" + name + "']");
        String shown = item.getText().replace('\u00a0', ' ');
        String value = item.getDomAttribute("data-value");
        String where = page + " (" + language + ") " + name + ": " + shown;
        if (figure.getBoolean("suppressed")) {
            assertEquals("suppressed", value, where);
            assertTrue(shown.contains("en".equals(language) ? "fewer than 5" : "weniger als 5"), where);
        } else if (figure.isNull("value")) {
            assertEquals("none", value, where);
        } else {
            double expected = figure.getJsonNumber("value").doubleValue();
            assertEquals(expected, Double.parseDouble(value), 1e-9, where);
            if ("share".equals(kind)) {
                assertTrue(shown.contains(Math.round(expected * 100) + ("en".equals(language) ? "%" : " %")), where);
            } else if ("count".equals(kind)) {
                assertTrue(shown.contains(String.valueOf(Math.round(expected))), where);
            }
        }
    }

    /** Point 4: every public page, in both languages, without a literal "null", "undefined" or "NaN". */
    @Test
    default void noPublicPageShowsNullUndefinedOrNaN() {
        try (var browser = browser()) {
            browser.open("");
            long service = busiestService(browser);
            long organisation = json(browser, "api/services/" + service).getJsonNumber("organisationId").longValue();
            long story = json(browser, "api/stories?size=1").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            var changes = json(browser, "api/changes").getJsonArray("items");
            List<String> pages = new ArrayList<>(List.of("", "search.html", "search.html?q=&page=1", "search.html?q=&page=2",
                    "service.html?id=" + service, "organisation.html?id=" + organisation, "map.html", "story.html?id=" + story,
                    "outcomes.html", "outcomes.html?by=week", "outcomes.html?by=quarter", "outcomes.html?service=" + service,
                    "outcomes.html?organisation=" + organisation + "&by=year",
                    "outcomes-stories.html?service=" + service, "outcomes-stories.html", "changes.html", "login.html", "tell.html"));
            if (changes != null && !changes.isEmpty()) {
                pages.add("change.html?id=" + changes.getJsonObject(0).getJsonNumber("id"));
            }
            for (String language : LANGUAGES) {
                Pages.useLanguage(browser, language);
                for (String page : pages) {
                    // Words do not change with the width, except where charts draw their labels for it.
                    for (Dimension size : page.startsWith("outcomes") ? SIZES : List.of(DESKTOP)) {
                        browser.driver.manage().window().setSize(size);
                        browser.open(page);
                        noStrayWords(browser, page + " (" + language + suffix(size) + ")");
                    }
                }
                browser.driver.manage().window().setSize(DESKTOP);
                browser.open("tell.html");
                browser.type("#title", "A preview without a place");
                browser.click("#preview-button");
                browser.find("#preview-body h3");
                noStrayWords(browser, "the preview without a map point (" + language + ")");
                browser.open("outcomes-stories.html?size=5");
                assertFalse(browser.all("nav").stream().anyMatch(n -> n.getText().contains("null")), "the pager");
            }
            browser.driver.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    private static void noStrayWords(Browser browser, String where) {
        String text = (String) browser.script("return document.body.innerText");
        var found = STRAY.matcher(text);
        assertFalse(found.find(), () -> where + " shows \"" + found.group() + "\" in: …"
                + text.substring(Math.max(0, found.start() - 80), Math.min(text.length(), found.end() + 40)) + "…");
    }

    /**
     * Point 9: the From/To fields show the heading's range, sparse months offer quarters and years,
     * suppressed periods are hatched (not zero), the trend chart is never empty, weeks read as dates,
     * the evidence names no future month, the charts fit a phone.
     */
    @Test
    default void theDashboardReadsForABoard() {
        try (var browser = browser()) {
            browser.open("");
            long service = busiestService(browser);
            for (String language : LANGUAGES) {
                Pages.useLanguage(browser, language);
                for (Dimension size : sizesFor(language)) {
                    browser.driver.manage().window().setSize(size);
                    browser.open("outcomes.html?service=" + service);
                    var d = json(browser, "api/outcomes?service=" + service);
                    assertEquals(d.getString("from"), browser.find("#from").getDomProperty("value"), "From is the heading's");
                    assertEquals(d.getString("to"), browser.find("#to").getDomProperty("value"), "To is the heading's");
                    long suppressedMonths = d.getJsonArray("periods").stream()
                            .filter(p -> p.asJsonObject().getJsonObject("stories").getBoolean("suppressed")).count();
                    if (suppressedMonths * 2 > d.getJsonArray("periods").size()) {
                        var coarser = browser.all("#coarser a");
                        assertEquals(2, coarser.size(), "sparse months offer quarters and years");
                        assertTrue(coarser.get(0).getDomAttribute("href").contains("by=quarter"));
                        assertTrue(coarser.get(1).getDomAttribute("href").contains("by=year"));
                    }
                    long hiddenMonths = d.getJsonArray("periods").stream().map(JsonValue::asJsonObject)
                            .filter(p -> List.of("stories", "concerns", "responded").stream()
                                    .anyMatch(f -> p.getJsonObject(f).getBoolean("suppressed"))).count();
                    assertEquals(String.valueOf(hiddenMonths), browser.find("#activity-chart").getDomAttribute("data-hatched"),
                            "every suppressed month is hatched in the chart, not drawn as zero");
                    chartsAreReadable(browser, size, "outcomes.html?service=" + service);
                    Pages.check(browser, "board-" + language + suffix(size));
                    browser.screenshotWholePage("board-" + language + suffix(size) + "-whole");

                    browser.open("outcomes.html");
                    chartsAreReadable(browser, size, "outcomes.html");
                    browser.screenshotWholePage("board-platform-" + language + suffix(size) + "-whole");

                    browser.open("outcomes.html?service=" + service + "&by=week");
                    var weeks = browser.all("#activity-table tbody th");
                    assertTrue(weeks.size() > 2);
                    Pattern date = Pattern.compile("en".equals(language) ? "\\d{1,2} [A-Z][a-z]{2}" : "\\d{1,2}\\. [A-ZÄÖÜ][a-zä]{2}");
                    for (var week : weeks.subList(0, weeks.size() - 1)) {
                        assertTrue(date.matcher(week.getText()).find(), "a week reads as dates: " + week.getText());
                    }
                    assertFalse(browser.text("#scope-heading").matches(".*\\bW\\d.*"), browser.text("#scope-heading"));
                    assertFalse(browser.find("#from").getDomProperty("value").isBlank(), "From shows the weeks' first month");
                    assertFalse(browser.find("#to").getDomProperty("value").isBlank(), "To shows the weeks' last month");
                    if (suppressedMonths * 2 > d.getJsonArray("periods").size()) {
                        assertEquals(2, browser.all("#coarser a").size(), "sparse weeks offer months and quarters");
                        assertTrue(browser.all("#coarser a").get(0).getDomAttribute("href").contains("by=month"));
                    }
                    Pages.check(browser, "board-weeks-" + language + suffix(size));
                    browser.screenshotWholePage("board-weeks-" + language + suffix(size) + "-whole");
                }
            }
            browser.driver.manage().window().setSize(DESKTOP);
            long change = changeMadeThisMonth(browser);
            for (String language : LANGUAGES) {
                Pages.useLanguage(browser, language);
                for (Dimension size : sizesFor(language)) {
                    browser.driver.manage().window().setSize(size);
                    browser.open("change.html?id=" + change);
                    browser.find("#evidence-result");
                    String text = (String) browser.script("return document.body.innerText");
                    for (int ahead = 1; ahead <= 12; ahead++) {
                        String month = YearMonth.now(ZoneOffset.UTC).plusMonths(ahead).atDay(1)
                                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(language)));
                        assertFalse(text.contains(month), "the evidence names " + month + ", a month still to come");
                    }
                    Pages.check(browser, "board-evidence-" + language + suffix(size));
                }
            }
            browser.driver.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    /** English at both sizes; German, whose longer words are the harder fit, at a phone's. */
    private static List<Dimension> sizesFor(String language) {
        return "en".equals(language) ? SIZES : List.of(PHONE);
    }

    @SuppressWarnings("unchecked")
    private static void chartsAreReadable(Browser browser, Dimension size, String page) {
        var charts = (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('.chart')].filter((c) => !c.hidden && c.querySelector('canvas')).map((c) => {
                  const chart = Chart.getChart(c.querySelector('canvas'));
                  const values = chart.data.datasets.flatMap((s) => s.data).filter((v) => typeof v === 'number');
                  return { id: c.id, width: c.getBoundingClientRect().width, height: c.getBoundingClientRect().height,
                           values: values.length, hatched: Number(c.dataset.hatched ?? 0), max: chart.scales.y?.max ?? chart.scales.x.max,
                           font: chart.options.scales?.x?.ticks?.font?.size ?? Chart.defaults.font.size };
                });""");
        assertFalse(charts.isEmpty(), page);
        for (var chart : charts) {
            String where = page + " " + chart.get("id") + suffix(size) + " " + chart;
            assertTrue(((Number) chart.get("values")).intValue() > 0 || ((Number) chart.get("hatched")).intValue() > 0,
                    "a chart shows numbers or hatched periods, never an empty axis: " + where);
            if ("trend-chart".equals(chart.get("id"))) {
                assertTrue(((Number) chart.get("values")).intValue() > 0, "the trend chart has points: " + where);
            }
            assertTrue(((Number) chart.get("width")).doubleValue() <= size.width, where);
            assertTrue(((Number) chart.get("height")).doubleValue() >= 200, "tall enough to read: " + where);
            assertTrue(((Number) chart.get("font")).doubleValue() >= 11, "letters big enough to read: " + where);
        }
    }

    /** Point 10: services drawn as rings, the stories with and without a place counted, the home page's map link only when worth it. */
    @Test
    default void theMapSaysWhatItShows() {
        try (var browser = browser()) {
            browser.open("");
            var places = json(browser, "api/stories/places");
            long placed = places.getJsonNumber("placed").longValue();
            long unplaced = places.getJsonNumber("unplaced").longValue();
            assertEquals(placed, places.getJsonArray("items").size());
            long servicesWithPlace = json(browser, "api/services?size=100").getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject).filter(s -> s.containsKey("latitude") && !s.isNull("latitude")).count();
            for (String language : LANGUAGES) {
                Pages.useLanguage(browser, language);
                for (Dimension size : SIZES) {
                    browser.driver.manage().window().setSize(size);
                    browser.open("");
                    assertEquals(placed >= 5, browser.all("main a[href='map.html']").stream().anyMatch(WebElement::isDisplayed),
                            "the home page offers the map only when it has stories to show: " + placed);
                    browser.open("map.html");
                    String status = browser.text("#map-status");
                    assertTrue(status.contains(String.valueOf(placed)) && status.contains(String.valueOf(unplaced)),
                            "the map says how many stories have a place and how many not: " + status);
                    browser.waitFor(d -> d.findElements(By.cssSelector("#map path.service-ring")).size() >= Math.min(1, servicesWithPlace));
                    browser.waitFor(d -> !d.findElement(By.id("map-view")).getText().isBlank());
                    int markers = browser.all("#map path.story-point").size() + browser.all("#map .story-cluster").size();
                    assertEquals(placed > 0, markers > 0, "the stories with a place are drawn, as points or numbered clusters");
                    assertTrue(browser.all("#map-list li").size() >= markers, "and listed under the map: " + markers);
                    assertFalse(browser.text("#map-legend").isBlank(), "a legend says what rings and points are");
                    Pages.check(browser, "map-" + language + suffix(size));
                }
            }
            browser.driver.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    private static String suffix(Dimension size) {
        return size.width < 600 ? "-phone" : "";
    }

    private static JsonObject json(Browser browser, String path) {
        var reply = browser.fetch(path);
        assertEquals(200, ((Number) reply.get("status")).intValue(), path + ": " + reply.get("body"));
        try (var reader = Json.createReader(new StringReader((String) reply.get("body")))) {
            return reader.readObject();
        }
    }

    /** The demo service with the most published stories. */
    private static long busiestService(Browser browser) {
        long best = -1;
        long most = -1;
        for (var service : json(browser, "api/services?size=100").getJsonArray("items")) {
            long id = service.asJsonObject().getJsonNumber("id").longValue();
            long stories = json(browser, "api/stories?size=1&service=" + id).getJsonNumber("total").longValue();
            if (stories > most) {
                most = stories;
                best = id;
            }
        }
        assertTrue(most > 5, "the demo has a service with stories");
        return best;
    }

    /** A change made on the first of this month: its "after" months are all still to come. */
    private long changeMadeThisMonth(Browser browser) {
        var responder = new Demo(base()).staff("responder");
        var services = new org.coproduce.testing.Api(base()).get("api/services?size=100").items();
        for (var s : services) {
            var service = s.asJsonObject();
            String made = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString();
            var created = responder.post("api/changes", "{\"organisationId\":" + service.getJsonNumber("organisationId")
                    + ",\"description\":\"Evidence test " + UUID.randomUUID().toString().substring(0, 6) + "\",\"serviceIds\":["
                    + service.getJsonNumber("id") + "],\"themes\":[\"access.timeliness\"],\"storyIds\":[],\"status\":\"MADE\",\"madeOn\":\""
                    + made + "\"}");
            if (created.status() == 201) {
                return created.json().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("the demo responder can record no change");
    }

}
