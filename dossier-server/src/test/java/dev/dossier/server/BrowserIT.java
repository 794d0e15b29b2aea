package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.store.Store;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless chromium (through its chromedriver): every page on the demo
 * store (the demo articles through the standard pipeline), deadlines and sources also on the
 * store tests' scenario (which has attributions and expectations), the click path article → actor
 * → timeline, and a hostile article that must render inert. Saves a screenshot of each page under
 * {@code dossier.screenshots}. Skipped when chromium or chromedriver is not installed, unless
 * DOSSIER_BROWSER_REQUIRED is set (.ci/browser.sh sets it), when it fails instead.
 */
class BrowserIT {

  static final String TOKEN = "browser-test-token-0123456789";
  static Store demo;
  static Store scenario;
  static DossierServer demoServer;
  static DossierServer scenarioServer;
  static ChromeDriver driver;
  static Path shots;

  @BeforeAll
  static void start() throws IOException {
    File chromium = executable(System.getProperty("dossier.chromium", "/usr/bin/chromium"));
    File chromedriver = executable(System.getProperty("dossier.chromedriver", "/usr/bin/chromedriver"));
    if (System.getenv("DOSSIER_BROWSER_REQUIRED") != null) {
      assertThat(chromium).as("chromium (DOSSIER_BROWSER_REQUIRED is set)").isNotNull();
      assertThat(chromedriver).as("chromedriver (DOSSIER_BROWSER_REQUIRED is set)").isNotNull();
    }
    assumeTrue(chromium != null && chromedriver != null, "chromium and chromedriver are not installed");
    shots = Path.of(System.getProperty("dossier.screenshots", "target/screenshots"));
    Files.createDirectories(shots);
    demo = TestStores.demo(TestStores.tempDir("dossier-browser-demo"));
    scenario = TestStores.scenario(TestStores.tempDir("dossier-browser-scenario"));
    demoServer = new DossierServer(demo, ServerConfig.defaults(TestStores::analyzer).withPort(0)
        .withToday(LocalDate.parse("2026-04-11"))).start();
    scenarioServer = new DossierServer(scenario, ServerConfig.defaults(TestStores::analyzer).withPort(0)
        .withToken(TOKEN).withToday(LocalDate.parse("2026-02-01"))).start();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium);
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--window-size=1280,1000", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    for (AutoCloseable c : new AutoCloseable[] {demoServer, scenarioServer, demo, scenario}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void searchNarrowsByFacets() {
    open(demoServer, "/", "search");
    assertThat(text("#total")).isEqualTo("11 articles");
    assertThat(driver.findElements(By.cssSelector("#hits li.hit"))).hasSize(11);
    for (String facet : List.of("outlet", "actor", "month")) {
      assertThat(driver.findElements(By.cssSelector("[data-facet=" + facet + "] li"))).as(facet).isNotEmpty();
    }
    screenshot("search");
    WebElement outlet = driver.findElement(By.cssSelector("[data-facet=outlet] li a"));
    String name = outlet.getText();
    String count = driver.findElement(By.cssSelector("[data-facet=outlet] li .count")).getText();
    navigate(() -> outlet.click(), "search");
    assertThat(text("#total")).startsWith(count + " article");
    assertThat(text("#active-filters")).contains("outlet: " + name);
    for (WebElement meta : driver.findElements(By.cssSelector("#hits .meta"))) {
      assertThat(meta.getText()).startsWith(name);
    }
    navigate(() -> driver.findElement(By.id("q")).sendKeys("Cairo\n"), "search");
    assertThat(driver.getCurrentUrl()).contains("q=Cairo").contains("outlet=");

    open(demoServer, "/search?from=2026-01-01&to=2026-02-28", "search");
    for (WebElement meta : driver.findElements(By.cssSelector("#hits .meta"))) {
      assertThat(meta.getText()).containsPattern("2026-0[12]-");
    }
    assertThat(text("#total")).isEqualTo("3 articles");
    navigate(() -> driver.findElement(By.cssSelector("[data-facet=month] li a")).click(), "search");
    assertThat(driver.getCurrentUrl()).containsPattern("from=2026-0[12]-01");
  }

  @Test
  void fromAnArticleToAnActorToATimeline() {
    open(demoServer, "/search?q=" + enc("Mar-a-Lago"), "search");
    WebElement hit = driver.findElement(By.cssSelector("#hits li.hit a.article-link"));
    String title = hit.getText();
    navigate(() -> hit.click(), "article");
    assertThat(text("#article-title")).isEqualTo(title);
    assertThat(driver.findElements(By.cssSelector("#article-text .hl.k-mention")).size()).isGreaterThan(5);
    assertThat(driver.findElements(By.cssSelector("#article-text .hl.k-time"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#legend input[data-kind]"))).isNotEmpty();
    WebElement mention = driver.findElement(By.xpath(
        "//div[@id='article-text']//span[contains(@class,'k-mention') and contains(., 'Netanyahu')]"));
    mention.click();
    WebElement card = driver.findElement(By.cssSelector("#fact-panel .fact-card.k-mention"));
    assertThat(card.findElement(By.cssSelector(".f-type")).getText()).isEqualTo("PERSON");
    assertThat(card.findElement(By.cssSelector(".f-provenance")).getText()).contains("mentions[").contains("chars");
    assertThat(mention.getAttribute("class")).contains("selected");
    screenshot("article");

    WebElement actor = card.findElement(By.cssSelector(".f-linked a.actor-link"));
    assertThat(actor.getText()).contains("Netanyahu");
    navigate(() -> actor.click(), "actor");
    assertThat(text("#actor-name")).isEqualTo("Benjamin Netanyahu");
    assertThat(text("#roles")).contains("head of government").contains("Israel");
    assertThat(driver.findElements(By.cssSelector("#network circle")).size()).isGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector("#network line"))).isNotEmpty();
    screenshot("actor");

    navigate(() -> driver.findElement(By.id("actor-timeline")).click(), "timeline");
    assertThat(text("#timeline-subject")).isEqualTo("Timeline: Benjamin Netanyahu");
    assertThat(driver.findElements(By.cssSelector("#today-marker"))).hasSize(1);
    assertThat(text("#timeline-axis")).contains("today 2026-04-11");
    List<WebElement> entries = driver.findElements(By.cssSelector("#timeline-list li"));
    assertThat(entries.size()).isGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("#timeline-axis circle.pt"))).hasSizeGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("#timeline-list li.tl-expected.future"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#timeline-axis circle.pt.future"))).isNotEmpty();
    screenshot("timeline-actor");
  }

  @Test
  void networkNodesLeadToRelatedActors() {
    open(demoServer, "/actor?id=Netanyahu", "actor");
    List<String> related = driver.findElements(By.cssSelector("#related a")).stream().map(WebElement::getText).toList();
    WebElement node = driver.findElement(By.cssSelector("#network a.node:not(.center)"));
    String name = node.findElement(By.tagName("text")).getText();
    assertThat(related).contains(name);
    navigate(() -> node.click(), "actor");
    assertThat(text("#actor-name")).isEqualTo(name);
    assertThat(driver.findElements(By.cssSelector("#network a.node.center text")).get(0).getText()).isEqualTo(name);
  }

  @Test
  void storyTimelineFromTheStoryList() {
    open(demoServer, "/timeline", "timeline");
    WebElement story = driver.findElement(By.cssSelector("#stories li a"));
    navigate(() -> story.click(), "timeline");
    assertThat(driver.getCurrentUrl()).contains("story=");
    assertThat(driver.findElements(By.cssSelector("#timeline-list li.tl-article")).size()).isGreaterThan(1);
    assertThat(driver.findElements(By.cssSelector("#today-marker"))).hasSize(1);
    screenshot("timeline-story");
    open(scenarioServer, "/timeline?actor=Rostova", "timeline");
    assertThat(text("#timeline-deadlines")).contains("pass the budget").contains("upcoming");
    assertThat(driver.findElements(By.cssSelector("#timeline-axis .deadline-mark"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#timeline-list li.future"))).isNotEmpty();
    screenshot("timeline-scenario");
  }

  @Test
  void deadlinesBoard() {
    open(demoServer, "/deadlines", "deadlines");
    assertThat(driver.findElements(By.cssSelector("#board .column"))).hasSize(3);
    assertThat(text("#board")).contains("next election").contains("due 2026-10-27");
    screenshot("deadlines-demo");
    open(scenarioServer, "/deadlines?today=2026-02-01", "deadlines");
    assertThat(text("#col-upcoming")).contains("pass the budget").contains("consequence: the coalition could collapse");
    open(scenarioServer, "/deadlines?today=2026-05-01", "deadlines");
    assertThat(text("#col-upcoming")).doesNotContain("pass the budget");
    assertThat(text("#col-overdue") + text("#col-resolved")).contains("pass the budget");
    screenshot("deadlines-scenario");
  }

  @Test
  void sourcesOfAClaim() {
    open(demoServer, "/sources?filter=anonymous", "sources");
    screenshot("sources-demo");
    open(scenarioServer, "/sources?q=" + enc("fuel taxes"), "sources");
    assertThat(driver.findElements(By.cssSelector("#claims .rel-contradicts"))).isNotEmpty();
    assertThat(text("#claims")).contains("Mara Quist").contains("Ivo Brandt");
    assertThat(driver.findElements(By.cssSelector("#claims .badge.named"))).isNotEmpty();
    screenshot("sources-scenario");
    open(scenarioServer, "/sources?filter=anonymous", "sources");
    assertThat(driver.findElements(By.cssSelector("#claims .badge.anon"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#claims .rel-corroborates"))).isNotEmpty();
    navigate(() -> driver.findElement(By.cssSelector("#claims .claim a.article-link")).click(), "article");
    assertThat(driver.findElements(By.cssSelector("#article-text .hl.target"))).isNotEmpty();
  }

  @Test
  void hostileArticleRendersInert() {
    String title = "<img src=x onerror=\"window.__pwned='title'\">Pwned headline<script>window.__pwned='t2'</script>";
    String body = "Benjamin Netanyahu met Donald Trump in Florida on Monday. "
        + "<script>window.__pwned='script'</script> An aide said <img src=x onerror=\"window.__pwned='img'\"> "
        + "the talks will resume next week. <a href=\"javascript:window.__pwned='link'\">click</a> "
        + "<svg onload=\"window.__pwned='svg'\"></svg> The Israeli cabinet meets on Sunday.";
    var r = new Http(scenarioServer.url()).post("/api/articles?outlet=" + enc("<b>Evil</b> Wire") + "&published=2026-01-20"
        + "&url=" + enc("javascript:alert(1)") + "&title=" + enc(title), "text/plain", TOKEN,
        body.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = Http.parse(r.body()).get("stored").get(0).get("id").asText();

    open(scenarioServer, "/article?id=" + id, "article");
    assertThat(text("#article-title")).isEqualTo("<img src=x onerror=\"window.__pwned='title'\">Pwned headline"
        + "<script>window.__pwned='t2'</script>");
    String shown = text("#article-text");
    assertThat(shown).contains("<script>window.__pwned='script'</script>").contains("onerror=");
    assertThat(driver.findElements(By.cssSelector("#app img, #app script, #app svg[onload], #app a[href^=javascript]")))
        .isEmpty();
    assertThat(driver.findElements(By.cssSelector("#article-text .hl.k-mention"))).isNotEmpty();
    driver.findElement(By.cssSelector("#article-text .hl")).click();
    for (WebElement a : driver.findElements(By.cssSelector("#app a"))) {
      assertThat(a.getAttribute("href")).doesNotStartWith("javascript:");
    }
    assertThat(pwned()).isNull();
    screenshot("xss-article");
    open(scenarioServer, "/search?q=Pwned", "search");
    assertThat(text("#hits")).contains("<img src=x onerror=");
    assertThat(driver.findElements(By.cssSelector("#app img, #app script"))).isEmpty();
    assertThat(pwned()).isNull();
  }

  private static Object pwned() {
    return ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
  }

  private static void open(DossierServer server, String path, String page) {
    driver.get(server.url() + path);
    waitReady(page);
  }

  /** Does what loads another page (a click, a submit), then waits until the new page is drawn. */
  private static void navigate(Runnable action, String page) {
    WebElement body = driver.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(body));
    waitReady(page);
  }

  /** Waits until main.js has drawn the page (body[data-ready]), failing on an error page. */
  private static void waitReady(String page) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
      String ready = d.findElement(By.tagName("body")).getAttribute("data-ready");
      if ("error".equals(ready)) {
        throw new AssertionError("the page failed: " + d.findElement(By.id("app")).getText());
      }
      return page.equals(ready);
    });
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /** A full-page screenshot: the window is resized to the page's height first. */
  private static void screenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    long h = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, Math.max(800, h + 40))));
    try {
      Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static File executable(String path) {
    File f = new File(path);
    return f.canExecute() ? f : null;
  }
}
