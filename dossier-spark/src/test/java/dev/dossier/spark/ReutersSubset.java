package dev.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the first stories of Reuters-21578 ({@code reut2-000.sgm}) as Dossier JSON Lines, the way
 * {@code scripts/reuters-to-jsonl.py} does, into a test's temporary directory (never the project).
 */
final class ReutersSubset {

  private static final Pattern STORY = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ROOT);

  private ReutersSubset() {}

  static Path corpus() {
    return Path.of(System.getProperty("dossier.data", "../../shared/data"), "reuters21578");
  }

  /** Writes up to {@code n} stories to {@code out}; returns how many. */
  static int write(Path out, int n) throws IOException {
    String raw = Files.readString(corpus().resolve("reut2-000.sgm"), StandardCharsets.ISO_8859_1);
    ObjectMapper m = new ObjectMapper();
    int written = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      Matcher s = STORY.matcher(raw);
      while (written < n && s.find()) {
        String body = s.group(2);
        String text = clean(field("BODY", body));
        if (text.isEmpty()) {
          continue;
        }
        Matcher id = Pattern.compile("NEWID=\"(\\d+)\"").matcher(s.group(1));
        id.find();
        ObjectNode rec = m.createObjectNode();
        rec.put("url", "urn:reuters21578:" + id.group(1));
        rec.put("outlet", "Reuters");
        rec.put("title", clean(field("TITLE", body)));
        String d = field("DATE", body).strip();
        int dot = d.indexOf('.');
        rec.put("published", LocalDateTime.parse(dot < 0 ? d : d.substring(0, dot), DATE) + "Z");
        rec.put("text", text);
        w.write(m.writeValueAsString(rec));
        w.write('\n');
        written++;
      }
    }
    return written;
  }

  private static String field(String tag, String s) {
    Matcher m = Pattern.compile("<" + tag + "\\b[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(s);
    return m.find() ? m.group(1) : "";
  }

  private static String clean(String s) {
    return s.replaceAll("&#\\d+;", "").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&").strip();
  }
}
