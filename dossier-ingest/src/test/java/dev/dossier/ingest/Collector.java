package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
final class Collector implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void article(Article a) {
    articles.add(a);
  }

  @Override
  public void problem(IngestProblem p) {
    problems.add(p);
  }

  List<String> messages() {
    return problems.stream().map(IngestProblem::toString).toList();
  }

  List<IngestProblem> errors() {
    return problems.stream().filter(IngestProblem::fatal).toList();
  }

  Article only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles.size() + "; problems: " + messages());
    }
    return articles.get(0);
  }

  /** Runs a reader on a string, turning a thrown IngestException into a problem as Sources does. */
  static Collector read(ArticleReader r, String input, String location, ReadOptions o) {
    return read(r, input.getBytes(StandardCharsets.UTF_8), location, o);
  }

  static Collector read(ArticleReader r, byte[] input, String location, ReadOptions o) {
    Collector c = new Collector();
    try {
      r.read(new ByteArrayInputStream(input), location, o, c);
    } catch (IngestException e) {
      c.problem(IngestProblem.error(location, e.getMessage()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return c;
  }
}
