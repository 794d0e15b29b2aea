package dev.dossier.store.crossdoc;

import dev.dossier.store.query.ClaimRelation.Relation;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Decides how two claims from different articles relate. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Two statements are about the same thing when they share at least {@value #MIN_SHARED}
 *       content words besides numbers and at least {@value #SAME_STATEMENT} of the shorter one's
 *       terms, and the numbers of the one with fewer are all among the other's; when their
 *       articles are not in the same story, they must be nearly the same statement: at least
 *       {@value #CROSS_STORY_SHARED} shared words and {@value #CROSS_STORY_SAME} of the longer
 *       one's terms. Out of a story a short shared phrase is boilerplate more often than a claim
 *       ("proceeds will be used to reduce debt", "a three-for-two stock split" are said of many
 *       companies), and story clustering depends on the order articles came in, which the
 *       relations of two claims must not. Then:
 *       one negated and the other not is a contradiction when they share {@value #OPPOSITE_SAME}
 *       of the longer one's terms (else no relation); otherwise independent sources
 *       corroborate, and dependent ones repeat.
 *   <li>Two figures are about the same thing when measure (with its "of" and "among"), unit and
 *       period are equal, and either they say what they measure a figure of or both articles are
 *       in the same story. Then equal values (within {@value #PERCENT_POINTS} percentage point,
 *       or {@value #RELATIVE} relative) corroborate or repeat; different values contradict only
 *       when both say what they are a figure of (the same measure of the same thing in the same
 *       period): "15 cts a share" and "57 cts a share" in one story are two companies' figures;
 *       and never for amounts of a commodity or security ("200,000 shares of common stock",
 *       "1,500 tonnes of wheat"), which are the sizes of different deals.
 *   <li>Sources are independent when the articles are not copies of each other (not in one
 *       near-duplicate group) and the claim is not traced to the same source (a wire copy, a
 *       report relaying another outlet's claim).
 * </ul>
 */
public final class ClaimRules {
  private ClaimRules() {}

  static final int MIN_SHARED = 3;
  static final double SAME_STATEMENT = 0.6;
  static final int CROSS_STORY_SHARED = 4;
  static final double CROSS_STORY_SAME = 0.8;
  static final double PERCENT_POINTS = 0.5;
  static final double OPPOSITE_SAME = 0.8;
  static final double RELATIVE = 0.01;

  /** A relation with its score and a short explanation. */
  public record Link(Relation relation, double score, String why) {}

  /** How {@code a} and {@code b} relate, or null when they are not about the same thing. */
  public static Link relate(Claim a, Claim b) {
    if (a.article() == b.article() || a.figure() != b.figure()) {
      return null;
    }
    boolean sameGroup = a.group() == b.group();
    boolean independent = !sameGroup && !a.sourceKey().equals(b.sourceKey());
    String dependence = sameGroup ? "copy of the same article" : "same source";
    if (a.figure()) {
      if (a.measureKey() == null || !a.measureKey().equals(b.measureKey())
          || !Objects.equals(a.unit(), b.unit()) || !Objects.equals(a.period(), b.period())) {
        return null;
      }
      boolean hasOf = a.hasOf();
      if (!hasOf && (a.story() == null || !a.story().equals(b.story()))) {
        return null;
      }
      if (!hasOf && a.bareCount()) {
        return null; // "two men", "12 people": a count that says nothing of what it counts is no claim
      }
      if (close(a.value(), b.value(), a.unit())) {
        return independent
            ? new Link(Relation.CORROBORATES, 1.0, "same figure from an independent source")
            : new Link(Relation.REPEATS, 1.0, "same figure, " + dependence);
      }
      if (sameGroup || !hasOf || amount(a)) {
        // "two officials" and "three officials", "15 cts a share" and "57 cts a share" in one
        // story measure different things, not one thing differently: figures contradict only
        // when they say what (of which entity) they measure
        return null;
      }
      return new Link(Relation.CONTRADICTS, 1.0, "different values for the same measure: "
          + fmt(a.value()) + " vs " + fmt(b.value()) + (a.unit() == null ? "" : " " + a.unit()));
    }
    int smaller = Math.min(a.terms().size(), b.terms().size());
    if (smaller < MIN_SHARED) {
      return null; // they cannot share enough words
    }
    int shared = sharedEnough(a.terms(), b.terms(), smaller);
    if (shared < 0) {
      return null;
    }
    if (!sameNumbers(a.terms(), b.terms())) {
      return null; // "38% approve" and "41% approve" are two findings; their figures are compared as figures
    }
    int words = sharedWords(a.terms(), b.terms());
    if (words < MIN_SHARED) {
      return null; // "sales of 100 mln dlrs" and "saving 100 mln dlrs" share a number and its unit only
    }
    boolean sameStory = a.story() != null && a.story().equals(b.story());
    if (!sameStory && (words < CROSS_STORY_SHARED
        || (double) shared / Math.max(a.terms().size(), b.terms().size()) < CROSS_STORY_SAME)) {
      return null;
    }
    double overlap = (double) shared / smaller; // Terms.overlap, without counting the shared words again
    if (a.negated() != b.negated()) {
      // opposite only when the words are nearly all the same: otherwise the negation is as likely
      // in the part one of them has and the other has not (a longer quotation, a clause more)
      double ofLarger = (double) shared / Math.max(a.terms().size(), b.terms().size());
      return sameGroup || ofLarger < OPPOSITE_SAME ? null : new Link(Relation.CONTRADICTS, overlap, "opposite statements");
    }
    return independent
        ? new Link(Relation.CORROBORATES, overlap, "same statement from an independent source")
        : new Link(Relation.REPEATS, overlap, "same statement, " + dependence);
  }

  /**
   * How many words two statements share, or -1 when fewer than {@value #MIN_SHARED} or fewer than
   * {@value #SAME_STATEMENT} of the smaller set's {@code smaller} words: counting stops as soon as
   * the words left to look at cannot reach that.
   */
  static int sharedEnough(Set<String> a, Set<String> b, int smaller) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    int left = small.size();
    for (String s : small) {
      left--;
      if (large.contains(s)) {
        shared++;
      } else if (shared + left < MIN_SHARED || (double) (shared + left) / smaller < SAME_STATEMENT) {
        return -1;
      }
    }
    return shared < MIN_SHARED || (double) shared / smaller < SAME_STATEMENT ? -1 : shared;
  }

  /**
   * Whether two statements agree on their numbers ({@link Terms#claimTerms}: "8.6" whole, "two" as
   * 2): when both give numbers, those of the one with fewer are all among the other's ("on Jan. 12"
   * and "on 12 January, with 3 mediators" agree; "38% approve, 55% disapprove" and "41% approve, 52%
   * disapprove" do not, nor "a net loss of 8.6 mln" and "a net loss of 60.4 mln").
   */
  static boolean sameNumbers(Set<String> a, Set<String> b) {
    Set<String> na = numbers(a);
    Set<String> nb = numbers(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return true;
    }
    return na.size() <= nb.size() ? nb.containsAll(na) : na.containsAll(nb);
  }

  /** How many terms two statements share that are not numbers. */
  static int sharedWords(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String t : small) {
      if (large.contains(t) && !Terms.isNumber(t)) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> numbers(Set<String> terms) {
    Set<String> out = null;
    for (String t : terms) {
      if (Terms.isNumber(t)) {
        if (out == null) {
          out = new HashSet<>();
        }
        out.add(t);
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * Measures that are units of quantity, as measure keys spell them (stemmed, words sorted): a count of
   * them is an amount of a commodity or security ("200,000 shares of common stock", "1,500 tonnes
   * of wheat", "50,000 ounces of gold"), the size of one deal or shipment, not a property of one
   * thing; two different amounts do not contradict each other.
   */
  static final Set<String> QUANTITY_UNITS = Set.of("shar", "common shar", "tonn", "ton", "short ton", "metric ton",
      "ounc", "ounc troy", "barrel", "cubic feet", "cubic meter", "feet", "acr", "hectar", "lb", "lbs", "pound",
      "bushel", "bal", "bag", "kilo", "kilogram", "contract", "lot", "carat", "gallon", "litr");

  /** Whether a figure is a count of a unit of quantity (see {@link #QUANTITY_UNITS}). */
  static boolean amount(Claim c) {
    if (!"count".equals(c.unit()) || c.measureKey() == null) {
      return false;
    }
    int bar = c.measureKey().indexOf('|');
    return QUANTITY_UNITS.contains(bar < 0 ? c.measureKey() : c.measureKey().substring(0, bar));
  }

  static boolean close(double x, double y, String unit) {
    if ("%".equals(unit)) {
      return Math.abs(x - y) <= PERCENT_POINTS;
    }
    double scale = Math.max(Math.abs(x), Math.abs(y));
    return scale == 0 || Math.abs(x - y) <= RELATIVE * scale;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
