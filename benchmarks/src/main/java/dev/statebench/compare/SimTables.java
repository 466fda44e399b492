package dev.statebench.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the simulator tables ({@code sim/**}{@code /*.json}) of two runs file by file with {@link JsonTreeDiff}.
 * Numbers are read as exact decimals, so nothing is lost to binary rounding before the comparison.
 */
public final class SimTables {
  private final JsonMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  public SimTableComparison compare(Optional<Path> baseline, Optional<Path> candidate) {
    if (baseline.isEmpty() && candidate.isEmpty()) {
      return SimTableComparison.none();
    }
    TreeSet<String> baseTables = tables(baseline);
    TreeSet<String> newTables = tables(candidate);
    List<String> compared = new ArrayList<>();
    List<String> onlyInBaseline = new ArrayList<>();
    Map<String, List<NumericDifference>> differences = new LinkedHashMap<>();
    for (String table : baseTables) {
      if (!newTables.contains(table)) {
        onlyInBaseline.add(table);
        continue;
      }
      compared.add(table);
      List<NumericDifference> diff = JsonTreeDiff.diff(
          read(baseline.orElseThrow().resolve(table)), read(candidate.orElseThrow().resolve(table)));
      if (!diff.isEmpty()) {
        differences.put(table, diff);
      }
    }
    List<String> onlyInCandidate = newTables.stream().filter(t -> !baseTables.contains(t)).toList();
    return new SimTableComparison(compared, onlyInBaseline, onlyInCandidate, differences);
  }

  /** Relative paths, with '/' separators, of every JSON file under the folder. */
  private static TreeSet<String> tables(Optional<Path> folder) {
    TreeSet<String> names = new TreeSet<>();
    if (folder.isEmpty()) {
      return names;
    }
    Path root = folder.get();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
          .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UserFacingException("cannot list " + root + ": " + e.getMessage(), e);
    }
    return names;
  }

  private JsonNode read(Path file) {
    try {
      JsonNode node = json.readTree(file.toFile());
      if (node == null || node.isMissingNode()) {
        throw new UserFacingException(file + " is empty (expected a simulator JSON table)");
      }
      return node;
    } catch (JacksonException e) {
      throw new UserFacingException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
