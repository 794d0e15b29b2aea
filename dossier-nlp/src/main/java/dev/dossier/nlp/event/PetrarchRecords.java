package dev.dossier.nlp.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH validation file ({@code PETR.UnitTest.records.xml} and the like): {@code <Sentence
 * id date category>} elements holding {@code <Text>} and gold {@code <EventCoding sourcecode
 * targetcode eventcode>} elements ({@code noevents="True"} means none), and an
 * {@code <Environment>} naming the dictionaries it was coded with. Immutable.
 *
 * @param actorFile the {@code <Actorfile>} named, or null
 * @param agentFile the {@code <Agentfile>} named, or null
 * @param verbFile the {@code <Verbfile>} named, or null
 * @param discardFile the {@code <Discardfile>} named, or null
 * @param sentences the sentences, in file order
 */
public record PetrarchRecords(String actorFile, String agentFile, String verbFile, String discardFile,
    List<Record> sentences) {

  /** A gold (source, target, code) triple; a code the file leaves empty is null. */
  public record Triple(String source, String target, String code) {
    public String root() {
      return code == null || code.length() < 2 ? code : code.substring(0, 2);
    }
  }

  /**
   * One sentence.
   *
   * @param id its id
   * @param date its date, or null
   * @param category its category ("DEMO", "COMPOUND"...), or ""
   * @param text the text, whitespace collapsed
   * @param gold the gold codings; empty when it has none
   * @param inputError whether the record tests PETRARCH's handling of a broken input parse
   *     ({@code <EventCoding error="bad_input_parse">}) rather than coding
   */
  public record Record(String id, LocalDate date, String category, String text, List<Triple> gold,
      boolean inputError) {}

  /** Reads a validation file. @throws UncheckedIOException naming the file when unreadable */
  public static PetrarchRecords read(Path file) {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      doc = f.newDocumentBuilder().parse(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalArgumentException(file + ": not a PETRARCH validation file: " + e.getMessage(), e);
    }
    List<Record> out = new ArrayList<>();
    NodeList ss = doc.getElementsByTagName("Sentence");
    for (int i = 0; i < ss.getLength(); i++) {
      Element s = (Element) ss.item(i);
      NodeList texts = s.getElementsByTagName("Text");
      if (texts.getLength() == 0) {
        continue;
      }
      String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
      List<Triple> gold = new ArrayList<>();
      boolean error = false;
      NodeList cs = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < cs.getLength(); k++) {
        Element c = (Element) cs.item(k);
        error |= c.hasAttribute("error");
        if (c.hasAttribute("eventcode")) {
          gold.add(new Triple(attr(c, "sourcecode"), attr(c, "targetcode"), attr(c, "eventcode")));
        }
      }
      out.add(new Record(s.getAttribute("id").strip(), date(s.getAttribute("date").strip()),
          s.getAttribute("category").strip(), text, List.copyOf(gold), error));
    }
    return new PetrarchRecords(setting(doc, "Actorfile"), setting(doc, "Agentfile"), setting(doc, "Verbfile"),
        setting(doc, "Discardfile"), List.copyOf(out));
  }

  private static String attr(Element e, String name) {
    String v = e.getAttribute(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String setting(Document doc, String tag) {
    NodeList l = doc.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
  }

  private static LocalDate date(String s) {
    if (!s.matches("\\d{8}")) {
      return null;
    }
    return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
        Integer.parseInt(s.substring(6, 8)));
  }
}
