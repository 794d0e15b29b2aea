package dev.dossier.nlp.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Source, Cue and Content spans of a brat standoff file in the PolNeAR convention ({@code T}
 * lines; discontinuous spans as fragment lists). Other labels and the {@code E} lines are not
 * needed to train the tagger and are skipped. Immutable.
 *
 * @param spans the spans, in file order
 */
public record BratAnnotations(List<Span> spans) {

  private static final java.util.regex.Pattern T_LINE = java.util.regex.Pattern.compile("T\\d+\t");

  /** A labelled span: its kind ({@link AttributionLabels#CUE}...) and fragments {@code [s, e)}. */
  public record Span(int kind, int[][] fragments) {}

  /**
   * Reads {@code file}.
   *
   * @throws IOException if it cannot be read, or naming the line when a T line is malformed
   */
  public static BratAnnotations read(Path file) throws IOException {
    List<Span> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (!T_LINE.matcher(line).lookingAt()) {
        continue; // E, A, # lines, and continuation lines of span texts that hold a line break
      }
      String[] parts = line.split("\t");
      String[] head = parts[1].split(" ", 2);
      int kind = switch (head[0]) {
        case "Cue" -> AttributionLabels.CUE;
        case "Source" -> AttributionLabels.SOURCE;
        case "Content" -> AttributionLabels.CONTENT;
        default -> -1;
      };
      if (kind < 0) {
        continue;
      }
      if (head.length < 2) {
        throw new IOException(file + ":" + lineNo + ": " + head[0] + " without offsets");
      }
      String[] frags = head[1].split(";");
      int[][] f = new int[frags.length][];
      for (int i = 0; i < frags.length; i++) {
        String[] se = frags[i].trim().split(" ");
        try {
          f[i] = new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
        } catch (RuntimeException e) {
          throw new IOException(file + ":" + lineNo + ": bad offsets '" + frags[i] + "'");
        }
      }
      out.add(new Span(kind, f));
    }
    return new BratAnnotations(List.copyOf(out));
  }
}
