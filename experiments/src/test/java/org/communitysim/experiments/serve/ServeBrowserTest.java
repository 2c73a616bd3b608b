package org.communitysim.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.communitysim.model.DailyMetric;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in a real browser: Debian's headless Chromium driven through chromedriver (packages chromium and
 * chromium-driver, which .ci/run installs). Loads the page, moves a slider, plays, checks the day counter and the
 * numbers against the engine's own run with the same settings and seed, switches language, and saves a screenshot
 * in each language to target/serve-screenshots (docs/serve.md shows them).
 */
class ServeBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    private static LiveServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium "
                        + "chromium-driver (.ci/run installs them)");
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
        server = LiveServer.start(new LiveServer.Config("127.0.0.1", 0, tmp.resolve("results"), "test",
                ServeLimits.DEFAULT));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1800", "--lang=en-US",
                "--user-data-dir=" + tmp.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void page_sliderPlayNumbersLanguage_asTheEngineComputes() throws Exception {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement threshold = wait.until(d -> d.findElement(By.id("lever-group.threshold")));
        assertEquals("0.2", threshold.getAttribute("value"));
        assertEquals("0", browser.findElement(By.id("day")).getText());

        // move the threshold slider two steps right (0.01 each: the declared range [0, 1] over 100 steps)
        threshold.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        wait.until(d -> "0.22".equals(d.findElement(By.id("box-group.threshold")).getAttribute("value")));
        wait.until(d -> d.findElement(By.id("log")).getText().contains("group.threshold = 0.22"));
        // the value in force on the server, as its last state says (the two key presses are two requests; the page
        // sends them in order, so the later one is the one that stays)
        assertEquals(0.22, ((Number) browser.executeScript(
                "return live.state.sides[0].values['group.threshold']")).doubleValue(), 1e-12);

        browser.findElement(By.id("play")).click();
        wait.until(d -> Integer.parseInt(d.findElement(By.id("day")).getText()) >= 30);
        browser.findElement(By.id("pause")).click();
        wait.until(d -> d.findElement(By.id("play")).getAttribute("disabled") == null);
        Thread.sleep(300); // a frame sent before the pause may still be drawing
        // the last frame is drawn when the numbers table shows the last day the page holds
        wait.until(d -> String.valueOf(((Number) browser.executeScript(
                "const s = live.series.a; return Math.round(s.members[s.days - 1]);")).longValue())
                .equals(number("a-members")));
        int day = Integer.parseInt(browser.findElement(By.id("day")).getText());
        assertEquals(day, ((Number) browser.executeScript("return live.series.a.days")).intValue(),
                "the day shown is the last day the page holds");
        assertTrue(day >= 30, "day " + day);

        Scenario s = ShippedScenarios.load("reference").with("group.threshold", 0.22);
        double[][] engine = ServeApiTest.engineRows(s, day);
        double[] last = engine[day - 1];
        assertEquals(fmt(last[DailyMetric.MEMBERS.ordinal()]), number("a-members"));
        assertEquals(fmt(last[DailyMetric.ACTIVE.ordinal()]), number("a-active"));
        assertEquals(fmt(last[DailyMetric.LURKERS.ordinal()]), number("a-lurkers"));
        assertNotEquals(fmt(engine[0][DailyMetric.MEMBERS.ordinal()]), number("a-members"), "members changed");
        Object dots = browser.executeScript("return live.dots.a.ids.length");
        assertEquals((long) last[DailyMetric.MEMBERS.ordinal()], ((Number) dots).longValue(), "one dot per member");
        Object points = browser.executeScript("return live.charts.members.plot.data[0].length");
        assertEquals((long) day, ((Number) points).longValue(), "the chart has every day so far");
        screenshot("live-en.png");

        browser.findElement(By.id("lang")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("实时"));
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("levers")).getText().contains("入群门槛"), "lever names in Chinese");
        assertEquals(fmt(last[DailyMetric.MEMBERS.ordinal()]), number("a-members"), "numbers stay");
        screenshot("live-zh.png");
        browser.findElement(By.id("lang")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("community-sim live"));
    }

    /**
     * Live speed while drawing: a long horizon at "as fast as possible", the page's own measurement of simulated days
     * per second (both strategies stepped in lock-step), which the issue asks to be at least 50.
     */
    @Test
    void page_fastestTwoStrategies_atLeastFiftyDaysPerSecond() throws InterruptedException {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        WebElement horizon = wait.until(d -> d.findElement(By.id("box-horizonDays")));
        horizon.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3000", Keys.TAB);
        wait.until(d -> d.findElement(By.id("log")).getText().contains("horizonDays = 3000"));
        browser.findElement(By.id("compare")).click();
        wait.until(d -> d.findElement(By.id("figure-b")).isDisplayed());
        browser.findElement(By.id("fastest")).click();
        wait.until(d -> d.findElement(By.id("fastest")).isSelected());
        // the whole 3,000-day run, timed from the click to the page showing its last day, JIT warm-up included (a
        // conservative figure; on an idle machine the run ends in about a second, too fast to sample a window of it)
        long t0 = System.nanoTime();
        browser.findElement(By.id("play")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(20)).until(d -> day(d) >= 3000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = 3000 / seconds;
        System.out.println("serve: 3000 simulated days per strategy in " + seconds
                + " s, A and B in lock-step: " + rate + " days/s");
        assertTrue(rate >= 50, "measured " + rate + " days/s");
    }

    /**
     * A world of ten groups (matrix-of-10-busy) played to its horizon: the page lists every group, and each row's
     * members and state (alive, or dead since a day) are the engine's own run with the page's seed.
     */
    @Test
    void page_worldOfTenGroups_listsEveryGroupAsTheEngineRunsIt() throws Exception {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(d -> d.findElement(By.id("lever-group.threshold")));
        assertTrue(!browser.findElement(By.id("world-box")).isDisplayed(), "one group: no groups table");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scenario"))).selectByValue("matrix-of-10-busy");
        wait.until(d -> d.findElement(By.id("log")).getText().contains("matrix-of-10-busy"));
        Scenario s = ShippedScenarios.load("matrix-of-10-busy");
        browser.findElement(By.id("fastest")).click();
        wait.until(d -> d.findElement(By.id("fastest")).isSelected());
        browser.findElement(By.id("play")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(50))
                .until(d -> day(d) >= s.horizonDays());
        long seed = org.communitysim.random.Seeds.runSeed(LiveSession.DEFAULT_SEED, 0);
        org.communitysim.model.CommunityModel m = new org.communitysim.model.CommunityModel(s,
                org.communitysim.model.World.build(s, seed), seed);
        m.start();
        m.runToEnd();
        java.util.List<org.communitysim.model.GroupNow> groups = m.groupsNow();
        assertEquals(10, groups.size());
        wait.until(d -> d.findElement(By.id("world-box")).isDisplayed()
                && d.findElements(By.cssSelector("#world-a tr[data-group]")).size() == 10
                && d.findElement(By.cssSelector("#world-a tr[data-group='9'] td:nth-child(3)")).getText()
                        .equals(String.valueOf(groups.get(9).members())));
        int dead = 0;
        for (org.communitysim.model.GroupNow g : groups) {
            WebElement row = browser.findElement(By.cssSelector("#world-a tr[data-group='" + g.index() + "']"));
            java.util.List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(String.valueOf(g.index() + 1), cells.get(0).getText());
            assertEquals(String.valueOf(g.members()), cells.get(2).getText(), "members of group " + g.index());
            assertEquals("Day 0 · from the start", cells.get(1).getText(), "ten groups declared from day 0");
            assertEquals(g.dead() ? "dead since day " + g.deadDay() : "alive", cells.get(4).getText());
            dead += g.dead() ? 1 : 0;
        }
        assertTrue(browser.findElement(By.cssSelector("#world-a caption")).getText()
                .startsWith((10 - dead) + " of 10 groups alive"));
        assertTrue(dead > 0, "in a busy world most small groups die");
        browser.executeScript("document.getElementById('world-box').scrollIntoView()");
        screenshot("live-world-en.png");
    }

    private static int day(org.openqa.selenium.WebDriver d) {
        return Integer.parseInt(d.findElement(By.id("day")).getText());
    }

    private static String number(String id) {
        return browser.findElement(By.id("num-" + id)).getText();
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v));
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of("target", "serve-screenshots");
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
