package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.annals.core.read.ReadOutcome;
import org.annals.store.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): the
 * timeline of the example articles, filtered to one dyad, an event opened, its evidence sentence
 * shown with the trigger marked. Skips when Chromium is not installed. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserTest {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  static KnowledgeBase kb;
  static AnnalsServer server;
  static ChromeDriver driver;
  static Http http;
  static Path userData;
  static String evilKey;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      System.err.println("BrowserTest skipped: " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing (apt-get install chromium chromium-driver; .ci/run installs them)");
    }
    assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver)");
    kb = KnowledgeBase.open(":memory:");
    Analyzer analyzer = RealPipeline.analyzer();
    for (ReadOutcome.Ok article : RealPipeline.examples()) {
      kb.ingest(analyzer.analyze(article));
    }
    evilKey = kb.ingest(Fixtures.record(Fixtures.doc("markup-1", "2023-08-01", "<b>Markup</b> in a title",
        "Peru met Chile.<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"))).documentKey();
    server = AnnalsServer.start(kb, analyzer, WebOptions.defaults("browser-token-1").withPort(0),
        new PrintWriter(new StringWriter(), true));
    http = new Http("http://127.0.0.1:" + server.port());

    userData = Files.createTempDirectory("annals-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--user-data-dir=" + userData);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (kb != null) {
      kb.close();
    }
    if (userData != null) {
      try (var walk = Files.walk(userData)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Loads the page afresh at {@code hash}: going from one view to another of the same page only
   * changes the hash, and the old view's elements would be found before the new one replaces them.
   */
  static void open(String hash) {
    driver.get("about:blank");
    driver.get(http.base() + "/" + hash);
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  static void screenshot(String name) throws IOException {
    Path dir = Paths.get("target", "screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Console errors of the page (a CSP violation, a script error); they fail the test. */
  static List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("favicon")) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  /** Two countries of one event of the examples, as the dyad filter takes them. */
  static String someDyad() {
    for (JsonNode e : http.get("/api/events?limit=1000").json().path("events")) {
      String s = e.path("source").path(0).path("country").asText("");
      String t = e.path("target").path(0).path("country").asText("");
      if (s.matches("[A-Z]{3}") && t.matches("[A-Z]{3}") && !s.equals(t) && !s.equals("IGO") && !t.equals("IGO")) {
        return s + "," + t;
      }
    }
    throw new AssertionError("no event of the examples has two countries");
  }

  @Test
  void timeline_filtered_to_a_dyad_then_an_event_with_its_evidence_marked() throws IOException {
    open("");
    long all = http.get("/api/events?limit=1000").json().path("total").asLong();
    waiting().until(d -> d.findElements(By.cssSelector("#chart circle.dot")).size() == all);
    screenshot("timeline.png");

    String dyad = someDyad();
    JsonNode expected = http.get("/api/events?limit=1000&dyad=" + dyad).json();
    long inDyad = expected.path("total").asLong();
    assertThat(inDyad).isPositive().isLessThan(all);
    WebElement field = driver.findElement(By.id("f-dyad"));
    field.clear();
    field.sendKeys(dyad);
    driver.findElement(By.id("f-apply")).click();
    waiting().until(d -> d.getCurrentUrl().contains("dyad=") && d.findElements(By.cssSelector("#chart circle.dot")).size() == inDyad
        && d.findElements(By.cssSelector("#events tr.event-row")).size() == inDyad);
    List<String> rowIds = new ArrayList<>();
    driver.findElements(By.cssSelector("#events tr.event-row")).forEach(r -> rowIds.add(r.getAttribute("data-id")));
    List<String> apiIds = new ArrayList<>();
    expected.path("events").forEach(e -> apiIds.add(e.path("id").asText()));
    assertThat(rowIds).isEqualTo(apiIds);
    screenshot("timeline-dyad.png");

    WebElement dot = driver.findElements(By.cssSelector("#chart circle.dot")).get(0);
    String eventId = dot.getAttribute("data-id");
    // d3 listens to the SVG element: dispatch the click there (a circle may sit under the axis labels)
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", dot);
    WebElement trigger = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".report .evidence mark.trigger")));
    assertThat(driver.getCurrentUrl()).endsWith("#/event/" + eventId);

    JsonNode report = http.get("/api/events/" + eventId).json().path("reportList").get(0);
    WebElement evidence = driver.findElement(By.cssSelector(".report .evidence"));
    assertThat(evidence.getText()).isEqualTo(report.path("evidence").path("text").asText().strip());
    assertThat(trigger.getText()).isEqualTo(report.path("trigger").path("text").asText());
    String background = trigger.getCssValue("background-color");
    assertThat(background).as("the trigger is highlighted").isNotIn("rgba(0, 0, 0, 0)", "transparent");
    screenshot("event.png");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void article_view_annotates_entities_times_and_triggers() throws IOException {
    JsonNode docs = http.get("/api/documents").json().path("documents");
    long id = docs.get(0).path("id").asLong();
    JsonNode rec = http.get("/api/documents/" + id).json();
    JsonNode time = rec.path("times").get(0);
    open("#/document/" + id);
    WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    assertThat(text.getText().strip()).isEqualTo(rec.path("document").path("text").asText().strip());
    assertThat(driver.findElements(By.cssSelector("#article-text .ent")).size()).isPositive();
    assertThat(driver.findElements(By.cssSelector("#article-text .trig")).size()).isPositive();
    WebElement firstTime = driver.findElements(By.cssSelector("#article-text .time")).get(0);
    assertThat(firstTime.getAttribute("title")).contains(time.path("value").asText());
    screenshot("article.png");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void markup_in_an_article_shows_as_text_and_never_runs() {
    open("#/document/" + evilKey);
    WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    assertThat(text.getText()).contains("<script>window.pwned=1</script>").contains("<img src=x");
    assertThat(driver.findElements(By.cssSelector("#article-text img, #article-text script, h1 b"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("<b>Markup</b> in a title");
    assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.pwned")).isEqualTo("undefined");
  }

  @Test
  void actor_page_draws_the_partner_network() throws IOException {
    JsonNode actors = http.get("/api/actors?limit=50").json().path("actors");
    long id = -1;
    for (JsonNode a : actors) {
      if (http.get("/api/actors/" + a.path("id").asLong()).json().path("partners").size() >= 2) {
        id = a.path("id").asLong();
        break;
      }
    }
    assertThat(id).as("an actor of the examples with two partners").isPositive();
    open("#/actor/" + id);
    waiting().until(d -> !d.findElements(By.cssSelector("#network canvas")).isEmpty());
    waiting().until(d -> !d.findElements(By.cssSelector("#actor-chart svg rect")).isEmpty());
    Object nodes = ((JavascriptExecutor) driver).executeScript(
        "return document.querySelectorAll('#network canvas').length");
    assertThat(((Number) nodes).intValue()).isPositive();
    screenshot("actor.png");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void analyze_form_shows_the_annotated_article_without_storing_it() {
    long before = kb.stats().documents();
    open("#/analyze");
    WebElement textarea = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analyze textarea")));
    textarea.sendKeys("Kenya's president met the prime minister of Norway in Nairobi on Friday.");
    driver.findElement(By.id("analyze-go")).click();
    WebElement text = new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analysis #article-text")));
    assertThat(text.getText()).startsWith("Kenya's president met");
    assertThat(driver.findElements(By.cssSelector("#analysis #article-text .ent")).size()).isPositive();
    assertThat(kb.stats().documents()).isEqualTo(before);
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void search_box_finds_actors() {
    open("");
    WebElement q = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q")));
    q.sendKeys("Lith");
    q.submit();
    waiting().until(d -> d.getCurrentUrl().contains("#/search"));
    WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actors")));
    assertThat(table.getText()).contains("Lithuania");
  }
}
