package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.headers.HeaderLimits;
import dev.statebench.headers.HeaderMeasurements;
import dev.statebench.headers.HeaderReport;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench headers [--out DIR] [--algorithms A,B]}: measures header bloat (token and header sizes, HTTP/1.1
 * heads, HTTP/2 HPACK blocks, bandwidth, limits), prints the markdown tables and, with {@code --out}, writes them as
 * markdown, CSV and JSON.
 */
@Command(
    name = "headers",
    mixinStandardHelpOptions = true,
    description = "Bytes on the wire for JWT vs opaque session id over HTTP/1.1 and HTTP/2, and the header limits "
        + "each token breaks. Prints markdown tables; with --out also writes headers.md, headers.json and one CSV "
        + "per table.")
final class HeadersCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the tables into (created if missing).")
  Path out;

  @Option(names = "--algorithms", paramLabel = "ALG", split = ",",
      description = "Signing algorithms to measure (default: all), e.g. HS256,ES256,RS256.")
  List<String> algorithms = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<JwtAlgorithm> selected = parseAlgorithms();
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserFacingException("--out " + out + " is a file, not a folder; give a folder path");
    }
    HeaderReport report = new HeaderReport(HeaderMeasurements.measure(KeyFixtures.standard(), selected),
        HeaderLimits.defaults());
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(report.toMarkdown());
    if (out != null) {
      List<Path> files = report.writeTo(out);
      stdout.println("Wrote " + files.size() + " files to " + out.toAbsolutePath());
    }
    stdout.flush();
    return 0;
  }

  private List<JwtAlgorithm> parseAlgorithms() {
    if (algorithms.isEmpty()) {
      return Arrays.asList(JwtAlgorithm.values());
    }
    List<JwtAlgorithm> parsed = new ArrayList<>();
    for (String name : algorithms) {
      try {
        parsed.add(JwtAlgorithm.parse(name));
      } catch (IllegalArgumentException e) {
        throw new UserFacingException("--algorithms: " + e.getMessage());
      }
    }
    return parsed.stream().distinct().toList();
  }
}
