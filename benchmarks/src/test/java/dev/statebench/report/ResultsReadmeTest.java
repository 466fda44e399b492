package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.fleet.validation.ValidationTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code results/README.md} explains; it does not report. Every number in its prose (outside code) must occur in the
 * committed reference data — the generated {@code report.md}, the simulator results, {@code env.json} and the fleet
 * lab's simulated-vs-real table generated from its committed results — so a figure copied from another run, or typed
 * by hand, fails here. The same holds for {@code results/fleet-lab/README.md} against the lab's results and scenario
 * files, and the lab's table in both documents must be exactly the one its results generate.
 */
class ResultsReadmeTest {
  private static final Path RESULTS = Path.of("..", "results");
  /** A number standing alone: not part of a word such as HS256 or p99, thousands separators allowed. */
  private static final String TABLE_START = "<!-- fleet-lab validation table";
  private static final String TABLE_END = "<!-- end of the fleet-lab validation table -->";
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d[\\d,]*(?:\\.\\d+)?(?![\\w])");

  @Test
  void everyNumberTheReadmeQuotes_occursInTheReferenceData() throws IOException {
    Set<String> data = numbers(referenceData());
    List<String> unknown = new ArrayList<>();
    for (String number : numbers(prose(Files.readString(RESULTS.resolve("README.md"))))) {
      if (!data.contains(number)) {
        unknown.add(number);
      }
    }
    assertThat(unknown).as("numbers in results/README.md that the reference data does not contain").isEmpty();
  }

  @Test
  void fleetLabTable_inTheReadmeAndTheLabFolder_isTheTableGeneratedFromTheCommittedLabResults() throws IOException {
    String generated = fleetLabTable();
    String readme = Files.readString(RESULTS.resolve("README.md"));
    int start = readme.indexOf(TABLE_START);
    int end = readme.indexOf(TABLE_END);
    assertThat(start).as("results/README.md marks the fleet-lab table").isGreaterThan(0);
    assertThat(readme.substring(readme.indexOf('\n', start) + 1, end)).isEqualTo(generated);
    assertThat(Files.readString(RESULTS.resolve("fleet-lab").resolve("validation.md"))).isEqualTo(generated);
  }

  @Test
  void everyNumberTheFleetLabReadmeQuotes_occursInTheLabsDataOrScenarios() throws IOException {
    Set<String> data = numbers(fleetLabData());
    List<String> unknown = new ArrayList<>();
    for (String number : numbers(prose(Files.readString(RESULTS.resolve("fleet-lab").resolve("README.md"))))) {
      if (!data.contains(number)) {
        unknown.add(number);
      }
    }
    assertThat(unknown).as("numbers in results/fleet-lab/README.md that the lab's data does not contain").isEmpty();
  }

  @Test
  void numbers_areTakenAloneNotFromInsideNamesOrCode() {
    // HS256 and p99 are names; the code span is not prose; 10-claim and 1,169 are numbers
    assertThat(numbers(prose("HS256 p99 a 10-claim token of 1,169 B, `938 ± 49`, 0.5 ms"))).containsExactlyInAnyOrder(
        "10", "1169", "0.5");
  }

  /** The README without fenced code blocks, inline code and list numbering. */
  private static String prose(String markdown) {
    return markdown.replaceAll("(?s)```.*?```", " ").replaceAll("`[^`]*`", " ").replaceAll("(?m)^\\s*\\d+\\. ", " ");
  }

  private static Set<String> numbers(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(",", "").replaceAll("\\.$", ""));
    }
    return found;
  }

  /** The simulated-vs-real table, generated from the committed lab results as {@code statebench fleet-table} does. */
  private static String fleetLabTable() throws IOException {
    Path lab = RESULTS.resolve("fleet-lab");
    return ValidationTable.markdown(ValidationTable.rows(lab.resolve("sim"), lab.resolve("real")));
  }

  /** The lab's generated table, its result files and the scenario files it ran. */
  private static String fleetLabData() throws IOException {
    StringBuilder all = new StringBuilder(fleetLabTable());
    for (Path folder : List.of(RESULTS.resolve("fleet-lab/sim"), RESULTS.resolve("fleet-lab/real"),
        RESULTS.resolve("fleet-lab/diagnostics"), Path.of("..", "lb-sim", "scenarios", "fleet-lab"),
        Path.of("..", "lb-sim", "scenarios", "fleet-lab", "diagnostics"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted()
            .toList()) {
          all.append(Files.readString(file));
        }
      }
    }
    return all.toString();
  }

  private static String referenceData() throws IOException {
    Path reference = RESULTS.resolve("reference");
    StringBuilder all = new StringBuilder(Files.readString(reference.resolve("report.md")))
        .append(Files.readString(reference.resolve("env.json"))).append(fleetLabTable());
    try (Stream<Path> sims = Files.list(reference.resolve("sim"))) {
      for (Path sim : sims.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        all.append(Files.readString(sim));
      }
    }
    return all.toString();
  }
}
