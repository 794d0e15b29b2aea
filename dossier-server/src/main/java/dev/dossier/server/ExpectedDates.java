package dev.dossier.server;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.Sentence;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.store.ArticleSummary;
import dev.dossier.store.Store;
import dev.dossier.store.query.TimelineEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates a timeline's articles point forward to: every time expression the times stage marked as
 * future relative to the article, with a day or month value, placed on that date as an
 * "expected" entry whose text is its sentence. Read from the stored analyses; nothing is
 * re-analysed. Stateless.
 */
final class ExpectedDates {

  /** The kind of the entries added. */
  static final String KIND = "expected";

  /** At most this many articles of a timeline are read. */
  static final int MAX_ARTICLES = 100;

  private static final int MAX_TEXT = 220;
  private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  private ExpectedDates() {}

  /** The entries with the expected dates of their articles merged in, by date (undated last). */
  static List<TimelineEntry> merge(Store store, List<TimelineEntry> entries, LocalDate from, LocalDate to) {
    Map<String, ArticleSummary> articles = new LinkedHashMap<>();
    for (TimelineEntry e : entries) {
      if (e.article() != null && articles.size() < MAX_ARTICLES) {
        articles.putIfAbsent(e.article().id(), e.article());
      }
    }
    List<TimelineEntry> out = new ArrayList<>(entries);
    for (ArticleSummary s : articles.values()) {
      store.get(s.id()).ifPresent(a -> out.addAll(of(a, s, from, to)));
    }
    out.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  static List<TimelineEntry> of(Analysis a, ArticleSummary s, LocalDate from, LocalDate to) {
    List<TimelineEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TimeExpression t : a.layer(Layers.TIMES)) {
      if (t.relation() != TimeRelation.FUTURE || t.type() != TimeType.DATE || t.value() == null
          || !DAY_OR_MONTH.matcher(t.value()).matches() || !seen.add(t.value())) {
        continue;
      }
      LocalDate day = t.value().length() == 7 ? YearMonth.parse(t.value()).atDay(1) : LocalDate.parse(t.value());
      if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))
          || (s.day() != null && !day.isAfter(s.day()))) {
        continue;
      }
      out.add(new TimelineEntry(day, t.value(), KIND, sentence(a, t), s));
    }
    return out;
  }

  private static String sentence(Analysis a, TimeExpression t) {
    for (Sentence s : a.layer(Layers.SENTENCES)) {
      if (s.start() <= t.start() && t.end() <= s.end()) {
        String text = a.text().substring(s.start(), s.end()).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
      }
    }
    return t.text();
  }
}
