package dev.dossier.server;

import dev.dossier.store.ArticleSummary;
import dev.dossier.store.Store;
import dev.dossier.store.query.StatedTime;
import dev.dossier.store.query.TimelineEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates a timeline's articles point forward to: every time expression the times stage marked as
 * future relative to the article, with a day or month value, placed on that date as an
 * "expected" entry whose text is its sentence. Read from the store's times and sentences tables;
 * nothing is re-analysed. Stateless.
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
    // one query for every article's future dates, not one stored analysis read per article
    Map<String, Set<String>> seen = new HashMap<>();
    for (StatedTime t : store.futureDates(new ArrayList<>(articles.keySet()))) {
      ArticleSummary s = articles.get(t.articleId());
      if (s == null || t.value() == null || !DAY_OR_MONTH.matcher(t.value()).matches()
          || !seen.computeIfAbsent(t.articleId(), k -> new HashSet<>()).add(t.value())) {
        continue;
      }
      LocalDate day = day(t.value());
      if (within(day, s, from, to)) {
        out.add(new TimelineEntry(day, t.value(), KIND, clip(t.sentence()), s));
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  private static LocalDate day(String value) {
    return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
  }

  private static boolean within(LocalDate day, ArticleSummary s, LocalDate from, LocalDate to) {
    return !((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))
        || (s.day() != null && !day.isAfter(s.day())));
  }

  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }
}
