package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end through {@link Main#run}, on a few small articles written for the test. */
class StoreCommandsTest {

  @TempDir
  static Path dir;

  static Path store;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Harbour strike ends in Kestrel\n\nDock workers in Kestrel ended a "
        + "two-week strike on Monday after the port authority agreed to raise wages, union leaders said.");
    Files.writeString(in.resolve("b.txt"), "Rail fares to rise in March\n\nRail fares across Ostmark will rise "
        + "in March, the transport ministry said on Tuesday, the first increase in three years.");
    Files.writeString(in.resolve("broken.txt"), "");
    store = dir.resolve("store");
    Result r = run("ingest", in.toString(), "--data", store.toString(), "--date", "2026-01-05", "--outlet",
        "Test Wire", "--quiet");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_SOME_FAILED);
    assertThat(r.err()).as(r.toString()).contains("broken.txt").contains("empty");
    assertThat(r.out()).contains("2 stored").contains("1 failed").contains("articles/s");
  }

  @Test
  void aDirectoryIsIngestedWithoutItsReadmeAndFileListAndTheSummarySaysWhatWasSkipped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("with-readme/articles"));
    Files.writeString(in.resolve("ferry.txt"), "Ferry service resumes in Kestrel\n\nThe ferry between Kestrel and "
        + "Ostmark resumed on Wednesday after a week of storms, the operator said.");
    Path top = in.getParent();
    Files.writeString(top.resolve("README.md"), "# Test articles\n\nOne invented story.\n");
    Files.writeString(top.resolve("index.txt"), "articles/ferry.txt\n");
    Path s = dir.resolve("store-readme");
    Result r = run("ingest", top.toString(), "--data", s.toString(), "--date", "2026-01-07", "--quiet");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("1 read, 1 stored");
    assertThat(r.out()).contains("skipped 2 files of directories that are not articles")
        .contains(top.resolve("README.md") + " (documentation)").contains(top.resolve("index.txt") + " (a list of files)");
    // named on the command line, the read-me is read as an article
    Result named = run("ingest", top.resolve("README.md").toString(), "--data", s.toString(), "--date", "2026-01-07",
        "--quiet");
    assertThat(named.out()).as(named.toString()).contains("1 read, 1 stored").doesNotContain("skipped");
  }

  @Test
  void analyzedLinesAreStoredAsTheyAreFromTheirBytes() throws Exception {
    List<String> lines = run("export", "--format", "jsonl", "--data", store.toString()).out().lines().toList();
    assertThat(lines).hasSize(2);
    String first = lines.get(0);
    assertThat(first).contains("\"tokens\":[{");
    // a third article whose outlet holds a byte that is not UTF-8: refused, named by its line
    String id = first.substring(first.indexOf("\"id\":\"") + 6, first.indexOf('"', first.indexOf("\"id\":\"") + 6));
    String outlet = "\"outlet\":\"";
    assertThat(first).contains(outlet + "Test Wire");
    String third = first.replace(id, "0123456789abcdef01234567").replace(outlet, outlet + "X");
    byte[] thirdBytes = third.getBytes(StandardCharsets.UTF_8);
    thirdBytes[third.indexOf(outlet + "X") + outlet.length()] = (byte) 0xff; // all ASCII before it
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write((lines.get(0) + "\r\n\n   \n" + lines.get(1) + "\n{\"schema\": \"dossier.analysis/1\", \"article\"\n")
        .getBytes(StandardCharsets.UTF_8));
    file.write(thirdBytes);
    Path in = dir.resolve("analyses.jsonl");
    Files.write(in, file.toByteArray());
    Path again = dir.resolve("from-analyses");
    Result r = run("ingest", "--analyzed", in.toString(), "--data", again.toString(), "--quiet");
    assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_SOME_FAILED);
    assertThat(r.out()).as(r.err()).contains("2 stored").contains("2 failed");
    assertThat(r.err()).contains("analyses.jsonl:5");
    assertThat(r.err()).contains("analyses.jsonl:6").contains("not UTF-8: byte 0xff at column "
        + (third.indexOf(outlet + "X") + outlet.length() + 1));
    List<String> back = run("export", "--format", "jsonl", "--data", again.toString()).out().lines().toList();
    assertThat(back).isEqualTo(lines); // the tokens too, read from the stored JSON
    assertThat(run("check", "--data", again.toString()).out()).startsWith("OK: 2 articles");
  }

  @Test
  void reingestSkipsWhatIsStored() {
    Result r = run("ingest", dir.resolve("in/a.txt").toString(), "--data", store.toString(), "--date", "2026-01-05",
        "--outlet", "Test Wire", "--quiet");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 stored, 1 already stored").contains("2 articles in the store");
  }

  @Test
  void searchesWithFilters() {
    Result r = run("search", "strike", "--data", store.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1 matching articles").contains("Harbour strike ends in Kestrel");
    assertThat(run("search", "strike", "--outlet", "Other", "--data", store.toString()).out())
        .contains("0 matching articles");
    assertThat(run("search", "--from", "2026-02-01", "--data", store.toString()).out()).contains("0 matching");
    assertThat(run("search", "--facets", "--data", store.toString()).out()).contains("outlet:  Test Wire (2)");
  }

  @Test
  void checksTimelinesAndExports() throws Exception {
    assertThat(run("check", "--data", store.toString()).out()).startsWith("OK: 2 articles");
    Result t = run("timeline", "--query", "fares", "--data", store.toString());
    assertThat(t.out()).contains("2026-01-05").contains("Rail fares to rise in March");
    Result e = run("export", "--format", "jsonl", "--data", store.toString());
    assertThat(e.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"schema\":\"dossier.analysis/1\""));
    Result noOut = run("export", "--format", "brat", "--data", store.toString());
    assertThat(noOut.code()).isEqualTo(1);
    assertThat(noOut.err()).contains("--out");
    Path csv = dir.resolve("csv");
    assertThat(run("export", "--format", "csv", "--out", csv.toString(), "--data", store.toString()).code()).isZero();
    assertThat(Files.readAllLines(csv.resolve("articles.csv"))).hasSize(3);
  }

  @Test
  void deadlinesListTheExpectationsOfTheStage() {
    Result r = run("deadlines", "--today", "2026-02-01", "--data", store.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("upcoming due 2026-03 (2026-03-01..2026-03-31)  rise (\"rise in March\")")
        .contains("[expected action, expected]").contains("hedge: \"will\"");
    assertThat(run("deadlines", "--today", "2026-04-02", "--data", store.toString()).out())
        .contains("overdue  due 2026-03");
  }

  @Test
  void exportsEventsAsGdeltTsvAndJsonLines() throws Exception {
    Result tsv = run("export", "--format", "gdelt-tsv", "--data", store.toString());
    assertThat(tsv.code()).as(tsv.err()).isZero();
    assertThat(tsv.out().lines().findFirst().orElseThrow())
        .isEqualTo(String.join("\t", dev.dossier.store.export.GdeltTsv.COLUMNS));
    Result jsonl = run("export", "--format", "events-jsonl", "--data", store.toString());
    assertThat(jsonl.code()).as(jsonl.err()).isZero();
    Path out = dir.resolve("events");
    assertThat(run("export", "--format", "gdelt-tsv", "--out", out.toString(), "--data", store.toString()).code())
        .isZero();
    assertThat(Files.readAllLines(out.resolve("events.tsv")).get(0)).startsWith("GLOBALEVENTID\tSQLDATE\t");
  }

  @Test
  void queryCommandsAnswerOnAStoreWithoutThoseFacts() throws Exception {
    assertThat(run("deadlines", "--today", "2026-02-01", "--data", store.toString()).out()).contains("as of 2026-02-01");
    assertThat(run("actor", "Nobody", "--data", store.toString()).code()).isEqualTo(1);
    assertThat(run("story", "--data", store.toString()).out()).contains("story ");
    assertThat(run("sources", "--data", store.toString()).code()).isEqualTo(1);
    assertThat(run("sources", "--anonymous", "--data", store.toString()).code()).isZero();
    Result wordsAndList = run("sources", "budget", "--contradictions", "--data", store.toString());
    assertThat(wordsAndList.code()).as("words are not silently ignored").isEqualTo(1);
    assertThat(wordsAndList.err()).contains("give words of a claim, or one of");
    assertThat(run("search", "budget", "--source-kind", "anonymous", "--data", store.toString()).code())
        .as("enum values in any case").isZero();
    assertThat(run("timeline", "--data", store.toString()).code()).isEqualTo(1); // usage error: no subject
    Path file = Files.writeString(dir.resolve("not-a-store.txt"), "a file");
    for (String command : List.of("search", "ingest")) {
      Result onFile = run(command, "--data", file.toString(), file.toString());
      assertThat(onFile.code()).isNotZero();
      assertThat(onFile.err()).contains(file + " is a file, not a store directory");
    }
    Result badDate = run("deadlines", "--data", store.toString(), "--today", "soon");
    assertThat(badDate.code()).isEqualTo(1); // a bad option value: 1, not 2 ("some inputs failed")
    assertThat(badDate.err()).contains("--today").contains("'soon' is not a YYYY-MM-DD date")
        .doesNotContain("Exception");
  }

  @Test
  void queryCommandsRefuseADirectoryWithoutAStoreAndLeaveItAlone() {
    Path typo = dir.resolve("stroe");
    for (String[] args : List.of(new String[] {"search", "strike"}, new String[] {"actor", "Kestrel"},
        new String[] {"deadlines"}, new String[] {"timeline", "--query", "strike"}, new String[] {"story"},
        new String[] {"sources", "--anonymous"}, new String[] {"export", "--format", "jsonl"},
        new String[] {"check"})) {
      List<String> withData = new ArrayList<>(List.of(args));
      withData.addAll(List.of("--data", typo.toString()));
      Result r = run(withData.toArray(String[]::new));
      assertThat(r.code()).as(args[0] + ": " + r).isEqualTo(1);
      assertThat(r.err()).as(args[0]).contains("no store at " + typo).contains("dossier ingest --data " + typo);
      assertThat(r.out()).as(args[0]).isEmpty();
    }
    assertThat(typo).doesNotExist();
    // the real store still answers, and ingest still makes a store where there is none
    assertThat(run("search", "strike", "--data", store.toString()).code()).isZero();
  }

  @Test
  void aJdbcUrlThatIsNotPostgresIsRefusedNotMadeADirectory() {
    Path cwd = Path.of("").toAbsolutePath();
    for (String command : List.of("search", "ingest")) {
      Result r = run(command, command.equals("search") ? "strike" : dir.resolve("in").toString(),
          "--data", "jdbc:postgres://localhost/news?user=u&password=secret");
      assertThat(r.code()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("unsupported store URL jdbc:postgres://localhost/news?user=u&password=***")
          .contains("jdbc:postgresql://").doesNotContain("secret");
    }
    assertThat(cwd.resolve("jdbc:postgres:")).doesNotExist();
  }

  @Test
  void demoPrintsABriefing() {
    Result r = run("demo", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("DOSSIER BRIEFING").contains("Story timeline").contains("Deadlines")
        .contains("Contradictions").contains("Poll figures");
    // the Harbor Courier misquotes the Northstar survey the Meridian Wire reported
    String contradictions = r.out().substring(r.out().indexOf("Contradictions"), r.out().indexOf("Anonymous sources"));
    assertThat(contradictions).contains("41% approve of the government's performance")
        .contains("but: \"47% approve of the government's performance\"").contains("41 vs 47 %");
    String deadlines = r.out().substring(r.out().indexOf("Deadlines"));
    assertThat(deadlines).contains("due 2026-10-27  next election")
        .contains("due 2026-03-31  pass budget  — Meridian Wire, 2025-12-20\n      resolved by Eastgate Broadcasting,"
            + " 2026-03-27: \"Israel's parliament passed the 2026 state budget");
  }

  @Test
  void demoArticlesAreNamedByTheirPlaceInTheProjectNotTheTemporaryCopy() {
    Path kept = dir.resolve("demo-store");
    assertThat(run("demo", "--threads", "1", "--data", kept.toString()).code()).isZero();
    List<String> lines = run("export", "--format", "jsonl", "--data", kept.toString()).out().lines().toList();
    assertThat(lines).hasSize(11);
    String key = "\"origin\":{\"source\":\"";
    List<String> sources = lines.stream().map(l -> l.indexOf(key) < 0 ? "(no origin)"
        : l.substring(l.indexOf(key) + key.length(), l.indexOf('"', l.indexOf(key) + key.length()))).toList();
    assertThat(sources).hasSize(11).allMatch(src -> src.startsWith("demo/articles/"), "in demo/articles/")
        .contains("demo/articles/capitol-desk-feed.xml", "demo/articles/2026-03-27-eastgate-budget-passes.txt");
  }
}
