package dev.dossier.cli;

import dev.dossier.nlp.ner.ConllTagging;
import dev.dossier.nlp.ner.NerModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier tag --conll IN}: appends a predicted IOB2 NER tag to every token line. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Tag CoNLL-format tokens with named-entity labels (PER, ORG, LOC, MISC).",
        "Keeps the given tokenisation, passes -DOCSTART- and blank lines through, and appends the",
        "predicted IOB2 tag as a new last column, so conlleval-style scorers read the output.",
        "Documents (between -DOCSTART- lines) are tagged as wholes."})
final class TagCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--conll", required = true, paramLabel = "IN",
      description = "CoNLL file (token in the first column, UTF-8), or - for standard input.")
  String conll;

  @Option(names = "--model", paramLabel = "DIR",
      description = "A model directory written by 'dossier train ner' (default: the shipped model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    NerModel m = model == null ? NerModel.shipped() : NerModel.load(model);
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16), false);
    if (conll.equals("-")) {
      ConllTagging.tag(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
          m.tagger());
    } else {
      Path in = Path.of(conll);
      if (!Files.isRegularFile(in)) {
        spec.commandLine().getErr().println("dossier tag: " + in + ": no such file");
        return 1;
      }
      try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
        ConllTagging.tag(r, out, m.tagger());
      }
    }
    out.flush();
    return 0;
  }
}
