package dev.dossier.nlp.time.timeml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Converts a MEANTIME (NewsReader CAT XML) document into TempEval-3 style TimeML gold, so its
 * TIMEX3 annotations can be scored with the TempEval-3 tools.
 *
 * <p>MEANTIME annotates only the title and the first sentences of each article (sentences 0 to
 * {@value #ANNOTATED_SENTENCES} - 1, the date line included; no markable in the corpus lies later),
 * so the text is rebuilt from those sentences' tokens, one sentence per line, with the usual
 * spacing around punctuation: the rest of an article is unannotated and would only count against
 * any tagger as false alarms. The document creation time is the TIMEX3 with {@code functionInDocument=
 * "CREATION_TIME"}: its value goes into {@code <DCT>} and its tokens (the article's date line) are
 * left out of {@code <TEXT>}, as in TimeBank, where the creation time is metadata. Every other
 * TIMEX3 anchored on tokens becomes a TIMEX3 over those tokens; TIMEX3s without tokens (MEANTIME's
 * empty, implicit times) are not text and are skipped. Stateless.
 */
public final class MeantimeConverter {

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]",
      "}", "%", "'s", "'", "n't", "''", "'re", "'ve", "'ll", "'d", "'m", "'S", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "#");

  /** A converted document: its TimeML and how many TIMEX3s it has in TEXT and without tokens. */
  public record Result(String timeml, int timexes, int skippedWithoutTokens, boolean hasDct) {}

  /** How many sentences from the start of an article MEANTIME annotates. */
  public static final int ANNOTATED_SENTENCES = 6;

  private record Tok(int id, int sentence, String text) {}

  /**
   * Converts one CAT XML document.
   *
   * @throws IllegalArgumentException when it is not well-formed XML or lacks tokens
   */
  public Result convert(String catXml) {
    Document doc = parse(catXml);
    Element root = doc.getDocumentElement();
    List<Tok> tokens = new ArrayList<>();
    NodeList tl = root.getElementsByTagName("token");
    for (int i = 0; i < tl.getLength(); i++) {
      Element t = (Element) tl.item(i);
      tokens.add(new Tok(Integer.parseInt(t.getAttribute("t_id")),
          Integer.parseInt(t.getAttribute("sentence")), t.getTextContent()));
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("no <token> elements");
    }
    List<int[]> spans = new ArrayList<>();
    List<Element> timexes = new ArrayList<>();
    Element dct = null;
    Set<Integer> dctTokens = new HashSet<>();
    int skipped = 0;
    NodeList ml = root.getElementsByTagName("Markables");
    if (ml.getLength() > 0) {
      NodeList tx = ((Element) ml.item(0)).getElementsByTagName("TIMEX3");
      for (int i = 0; i < tx.getLength(); i++) {
        Element t = (Element) tx.item(i);
        NodeList anchors = t.getElementsByTagName("token_anchor");
        if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) {
          dct = t;
          for (int a = 0; a < anchors.getLength(); a++) {
            dctTokens.add(Integer.parseInt(((Element) anchors.item(a)).getAttribute("t_id")));
          }
          continue;
        }
        if (anchors.getLength() == 0) {
          skipped++;
          continue;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int a = 0; a < anchors.getLength(); a++) {
          int id = Integer.parseInt(((Element) anchors.item(a)).getAttribute("t_id"));
          lo = Math.min(lo, id);
          hi = Math.max(hi, id);
        }
        spans.add(new int[] {lo, hi});
        timexes.add(t);
      }
    }
    // rebuild the text and remember where each token lies in it
    StringBuilder text = new StringBuilder();
    Map<Integer, int[]> where = new HashMap<>();
    int prevSentence = -1;
    String prev = null;
    boolean openQuote = false;
    for (Tok t : tokens) {
      if (dctTokens.contains(t.id) || t.sentence >= ANNOTATED_SENTENCES) {
        continue;
      }
      if (prevSentence >= 0 && t.sentence != prevSentence) {
        text.append('\n');
        prev = null;
        openQuote = false;
      } else if (prev != null) {
        boolean quote = t.text.equals("\"");
        boolean space = !NO_SPACE_BEFORE.contains(t.text) && !NO_SPACE_AFTER.contains(prev)
            && !(quote && openQuote) && !(prev.equals("\"") && openQuote);
        if (space) {
          text.append(' ');
        }
      }
      if (t.text.equals("\"")) {
        openQuote = !openQuote;
      }
      int s = text.length();
      text.append(t.text);
      where.put(t.id, new int[] {s, text.length()});
      prev = t.text;
      prevSentence = t.sentence;
    }
    // tags in text order; drop any that overlap an earlier one
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < timexes.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>")
        .append(escape(root.getAttribute("doc_id"))).append("</DOCID>\n");
    if (dct != null) {
      String v = isoDate(dct.getAttribute("value"));
      out.append("<DCT><TIMEX3 tid=\"t0\" type=\"").append(escape(dct.getAttribute("type")))
          .append("\" value=\"").append(escape(v))
          .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
          .append(escape(v)).append("</TIMEX3></DCT>\n");
    }
    out.append("<TEXT>\n");
    int pos = 0;
    int written = 0;
    int lastEnd = -1;
    for (int i : order) {
      int[] first = where.get(spans.get(i)[0]);
      int[] last = where.get(spans.get(i)[1]);
      if (first == null || last == null || first[0] < lastEnd) {
        skipped++;
        continue;
      }
      Element t = timexes.get(i);
      out.append(escape(text.substring(pos, first[0])));
      out.append("<TIMEX3 tid=\"t").append(escape(t.getAttribute("m_id"))).append("\" type=\"")
          .append(escape(t.getAttribute("type"))).append("\" value=\"")
          .append(escape(t.getAttribute("value"))).append('"');
      if (!t.getAttribute("mod").isEmpty()) {
        out.append(" mod=\"").append(escape(t.getAttribute("mod"))).append('"');
      }
      out.append('>').append(escape(text.substring(first[0], last[1]))).append("</TIMEX3>");
      pos = last[1];
      lastEnd = last[1];
      written++;
    }
    out.append(escape(text.substring(pos))).append("\n</TEXT>\n</TimeML>\n");
    return new Result(out.toString(), written, skipped, dct != null);
  }

  /** A creation time written MM-DD-YYYY (one MEANTIME document does) in ISO form; others as given. */
  static String isoDate(String v) {
    if (v.length() == 10 && v.charAt(2) == '-' && v.charAt(5) == '-'
        && v.substring(6).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return v.substring(6) + "-" + v.substring(0, 2) + "-" + v.substring(3, 5);
    }
    return v;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not well-formed CAT XML: " + e.getMessage(), e);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
