package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Analysis;
import dev.dossier.store.Store;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API over the store tests' scenario (seven hand-made articles), on loopback. */
class ApiTest {

  static final String TOKEN = "test-token-0123456789abcdef";
  static Store store;
  static DossierServer server;
  static Http http;
  static Store writable;
  static DossierServer writer;
  static Http post;

  @BeforeAll
  static void start() {
    store = TestStores.scenario(TestStores.tempDir("dossier-api-test"));
    ServerConfig config = ServerConfig.defaults(() -> Analysis::of).withPort(0).withToken(TOKEN)
        .withMaxBodyBytes(64 * 1024).withToday(LocalDate.parse("2026-02-01"));
    server = new DossierServer(store, config).start();
    http = new Http(server.url());
    writable = TestStores.scenario(TestStores.tempDir("dossier-api-ingest"));
    writer = new DossierServer(writable, config).start();
    post = new Http(writer.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
    writer.close();
    writable.close();
  }

  @Test
  void bindsLoopbackByDefault() {
    assertThat(ServerConfig.defaults(() -> Analysis::of).host()).isEqualTo("127.0.0.1");
    assertThat(server.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void infoSaysWhatIsAllowed() {
    JsonNode info = http.json("/api");
    assertThat(info.get("articles").asLong()).isEqualTo(7);
    assertThat(info.get("ingest").asBoolean()).isTrue();
    assertThat(info.get("today").asText()).isEqualTo("2026-02-01");
  }

  @Test
  void articlesArePagedWithNextLinks() {
    Set<String> seen = new HashSet<>();
    String next = "/api/articles?limit=3";
    int pages = 0;
    while (next != null) {
      JsonNode page = http.json(next);
      assertThat(page.get("total").asLong()).isEqualTo(7);
      page.get("items").forEach(a -> assertThat(seen.add(a.get("id").asText())).isTrue());
      next = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(7);
  }

  @Test
  void articleViewHasEveryKindOfFactWithLinksAndProvenance() {
    String id = wireId();
    JsonNode doc = http.json("/api/articles/" + id);
    Set<String> kinds = new HashSet<>();
    doc.get("facts").forEach(f -> kinds.add(f.get("kind").asText()));
    assertThat(kinds).contains("mention", "time", "attribution", "figure", "event", "expectation");
    String text = doc.get("text").asText();
    for (JsonNode f : doc.get("facts")) {
      assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo(f.get("text").asText());
    }
    JsonNode meet = find(doc.get("facts"), "event", "met");
    assertThat(meet.get("value").asText()).contains("Anika Rostova").contains("Tomas Veld").contains("happened");
    assertThat(meet.get("links").findValuesAsText("name")).contains("Anika Rostova", "Tomas Veld");
    assertThat(meet.get("links").get(0).get("actor").isNumber()).isTrue();
    JsonNode anon = find(doc.get("facts"), "attribution", "officials close");
    assertThat(anon.get("type").asText()).isEqualTo("ANONYMOUS");
    assertThat(anon.get("value").asText()).contains("[anonymous]");
    assertThat(anon.get("parts").findValuesAsText("role")).contains("source", "cue", "content");
    assertThat(doc.get("runs").size()).isPositive();
  }

  @Test
  void storedAnalysisIsTheContract() {
    JsonNode a = http.json("/api/articles/" + wireId() + "/analysis");
    assertThat(a.get("schema").asText()).startsWith("dossier.analysis/");
    assertThat(a.get("attributions").size()).isEqualTo(2);
  }

  @Test
  void actorProfileAndNetwork() {
    JsonNode actors = http.json("/api/actors?q=rostova");
    long id = actors.get("items").get(0).get("id").asLong();
    JsonNode p = http.json("/api/actors/" + id);
    assertThat(p.get("actor").get("name").asText()).isEqualTo("Anika Rostova");
    assertThat(p.get("roles").findValuesAsText("role")).contains("head of government");
    assertThat(p.get("events").size()).isPositive();
    JsonNode net = http.json("/api/actors/" + id + "/network");
    assertThat(net.get("nodes").findValuesAsText("name")).contains("Anika Rostova", "Tomas Veld");
    for (JsonNode e : net.get("edges")) {
      assertThat(net.get("nodes").findValues("id").stream().map(JsonNode::asLong))
          .contains(e.get("from").asLong(), e.get("to").asLong());
    }
    assertThat(http.json("/api/actors/Rostova").get("actor").get("id").asLong()).isEqualTo(id);
  }

  @Test
  void timelineHasPastAndExpectedEntriesAndItsDeadlines() {
    JsonNode t = http.json("/api/timeline?actor=Rostova");
    assertThat(t.get("subject").asText()).isEqualTo("Anika Rostova");
    assertThat(t.get("today").asText()).isEqualTo("2026-02-01");
    List<String> kinds = t.get("entries").findValuesAsText("kind");
    assertThat(kinds).contains("event", "article", "expected");
    JsonNode due = null;
    for (JsonNode e : t.get("entries")) {
      if (e.get("kind").asText().equals("expected") && e.get("date").asText().equals("2026-03-31")) {
        due = e;
      }
    }
    assertThat(due).isNotNull();
    assertThat(due.get("text").asText()).startsWith("Rostova must pass the budget by March 31");
    List<String> dates = t.get("entries").findValuesAsText("date");
    assertThat(dates).isSorted();
    assertThat(t.get("deadlines").findValuesAsText("what")).contains("pass the budget");
  }

  @Test
  void deadlinesByStatusOnADay() {
    JsonNode up = http.json("/api/deadlines?status=upcoming&today=2026-02-01");
    assertThat(up.get("items").findValuesAsText("what")).contains("pass the budget");
    up.get("items").forEach(d -> assertThat(d.get("status").asText()).isEqualTo("UPCOMING"));
    JsonNode later = http.json("/api/deadlines?status=overdue,resolved&today=2026-05-01");
    assertThat(later.get("items").findValuesAsText("status")).doesNotContain("UPCOMING");
    assertThat(later.get("items").findValuesAsText("what")).contains("pass the budget");
  }

  @Test
  void searchCountsFacetsOverEveryMatch() {
    JsonNode r = http.json("/api/search?q=ceasefire&limit=1");
    assertThat(r.get("total").asLong()).isGreaterThan(1);
    assertThat(r.get("hits").size()).isEqualTo(1);
    assertThat(r.get("next").asText()).contains("offset=1").contains("q=ceasefire");
    long facetTotal = 0;
    for (JsonNode f : r.get("facets").get("outlet")) {
      facetTotal += f.get("count").asLong();
    }
    assertThat(facetTotal).isEqualTo(r.get("total").asLong());
    JsonNode narrowed = http.json("/api/search?q=ceasefire&outlet=Harbor%20Courier");
    narrowed.get("hits").forEach(h -> assertThat(h.get("article").get("outlet").asText()).isEqualTo("Harbor Courier"));
    assertThat(narrowed.get("total").asLong()).isEqualTo(1);
    JsonNode anon = http.json("/api/search?source_kind=anonymous");
    assertThat(anon.get("total").asLong()).isPositive();
  }

  @Test
  void sourcesShowWhoAgreesAndWhoContradicts() {
    JsonNode r = http.json("/api/sources?q=fuel%20taxes");
    List<String> relations = new ArrayList<>();
    r.get("items").forEach(c -> relations.addAll(c.get("related").findValuesAsText("relation")));
    assertThat(relations).contains("CONTRADICTS");
    JsonNode anon = http.json("/api/sources?filter=anonymous");
    anon.get("items").forEach(c -> assertThat(c.get("claim").get("anonymous").asBoolean()).isTrue());
    assertThat(anon.get("items").size()).isPositive();
    String claimId = anon.get("items").get(0).get("claim").get("id").asText();
    assertThat(http.json("/api/claims/" + claimId).get("claim").get("id").asText()).isEqualTo(claimId);
  }

  @Test
  void errorsAreJsonAndNameWhatWasWrong() {
    assertError(http.get("/api/articles?limit=500"), 400, "between 1 and 200", "limit");
    assertError(http.get("/api/articles?colour=red"), 400, "unknown query parameter 'colour'", "colour");
    assertError(http.get("/api/deadlines?status=soon"), 400, "must be one of upcoming", "status");
    assertError(http.get("/api/search?from=2026-13-01"), 400, "must be a date", "from");
    assertError(http.get("/api/timeline"), 400, "exactly one of actor, story or q", null);
    assertError(http.get("/api/articles/nope"), 404, "no article with id 'nope'", null);
    assertError(http.get("/api/actors/999999"), 404, "no actor", null);
    assertError(http.get("/api/claims/garbage"), 400, "not a claim id", "id");
    assertError(http.get("/api/nothing-here"), 404, "openapi.json", null);
    assertError(http.get("/static/../pom.xml"), 404, "", null);
    assertError(http.post("/api/deadlines", "text/plain", null, new byte[0]), 405, "POST is not allowed on /api/deadlines",
        null);
  }

  @Test
  void ingestNeedsTheBearerToken() {
    byte[] body = "Ministers met in Kestrel on Tuesday.".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> none = post.post("/api/articles", "text/plain", null, body);
    assertError(none, 401, "Authorization: Bearer", null);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertError(post.post("/api/articles", "text/plain", "wrong-token-0123456789", body), 401, "wrong bearer token", null);
    assertError(post.post("/api/articles?probe=1", "text/plain", null, body), 401, "Authorization: Bearer", null);
  }

  @Test
  void ingestStoresTextOnceAndSkipsItAfter() {
    byte[] body = "Ministers met in Kestrel on Tuesday to discuss the harvest.".getBytes(StandardCharsets.UTF_8);
    String q = "/api/articles?title=Harvest%20talks&outlet=Test%20Wire&published=2026-01-20";
    HttpResponse<String> first = post.post(q, "text/plain; charset=utf-8", TOKEN, body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode stored = Http.parse(first.body()).get("stored").get(0);
    assertThat(stored.get("result").asText()).isEqualTo("INSERTED");
    assertThat(stored.get("article").get("outlet").asText()).isEqualTo("Test Wire");
    assertThat(post.json(stored.get("href").asText()).get("article").get("title").asText()).isEqualTo("Harvest talks");
    HttpResponse<String> again = post.post(q, "text/plain", TOKEN, body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Http.parse(again.body()).get("stored").get(0).get("result").asText()).isEqualTo("SKIPPED");
  }

  @Test
  void ingestTakesAnUndatedArticleAfterDatedOnes() {
    byte[] body = "Ministers met in Kestrel to discuss the fishing quota.".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = post.post("/api/articles?title=Undated", "text/plain", TOKEN, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode hits = post.json("/api/search?q=fishing");
    assertThat(hits.get("total").asLong()).isEqualTo(1);
    assertThat(post.json("/api/search?q=fishing&from=2000-01-01").get("total").asLong()).isZero();
  }

  @Test
  void aBodyWithoutALengthOverTheLimitIsRefused() throws Exception {
    // a body of unknown length is sent chunked, with no Content-Length to check up front
    java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(writer.url() + "/api/articles"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            "word ".repeat(40_000).getBytes(StandardCharsets.UTF_8)))).build();
    HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    assertError(r, 413, "over the limit", null);
  }

  @Test
  void ingestRefusesWhatItCannotTake() {
    assertError(post.post("/api/articles", "application/pdf", TOKEN, new byte[] {1, 2}), 415, "Content-Type must be", null);
    assertError(post.post("/api/articles", "text/plain", TOKEN, new byte[100 * 1024]), 413, "over the limit", null);
    assertError(post.post("/api/analyses", "application/json", TOKEN, "{\"schema\":1}".getBytes(StandardCharsets.UTF_8)),
        422, "schema", null);
    assertError(post.post("/api/articles?published=yesterday", "text/plain", TOKEN, "x".getBytes(StandardCharsets.UTF_8)),
        400, "'published' must be a date", "published");
  }

  @Test
  void ingestIsDisabledWithoutAToken() {
    ServerConfig config = ServerConfig.defaults(() -> Analysis::of).withPort(0);
    try (DossierServer s = new DossierServer(store, config).start()) {
      assertError(new Http(s.url()).post("/api/articles", "text/plain", TOKEN, "x".getBytes(StandardCharsets.UTF_8)),
          403, "ingest is disabled", null);
    }
  }

  @Test
  void everyAnswerCarriesAStrictContentSecurityPolicy() {
    for (String path : List.of("/", "/article?id=x", "/static/common.js", "/api/articles", "/api/nothing")) {
      HttpResponse<String> r = http.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("default-src 'none'").contains("script-src 'self'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    assertThat(http.get("/static/article.js").headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
  }

  private static String wireId() {
    JsonNode hits = http.json("/api/search?q=%22budget%20deadline%20nears%22");
    return hits.get("hits").get(0).get("article").get("id").asText();
  }

  private static JsonNode find(JsonNode facts, String kind, String textPart) {
    for (JsonNode f : facts) {
      if (f.get("kind").asText().equals(kind) && f.get("text").asText().contains(textPart)) {
        return f;
      }
    }
    throw new AssertionError("no " + kind + " containing '" + textPart + "'");
  }

  static void assertError(HttpResponse<String> r, int status, String message, String parameter) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode e = Http.parse(r.body());
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("message").asText()).contains(message);
    if (parameter != null) {
      assertThat(e.get("parameter").asText()).isEqualTo(parameter);
    }
  }
}
