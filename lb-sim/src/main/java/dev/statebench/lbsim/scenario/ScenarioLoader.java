package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.statebench.lbsim.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a scenario file, applies {@code --set} overrides, and validates the result into a {@link Scenario}. */
public final class ScenarioLoader {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private ScenarioLoader() {}

  public static Scenario load(Path file, List<String> overrides) {
    return load(file, overrides, null);
  }

  /**
   * Reads {@code file}, applies {@code overrides}, then, when {@code inputs} is given, replaces the scenario's
   * {@code costs} with the inputs file's (a run's measured costs, {@link InputsFile}); the files those costs name
   * resolve against the inputs file's folder.
   */
  public static Scenario load(Path file, List<String> overrides, Path inputs) {
    ObjectNode tree = read(file);
    for (String assignment : overrides) {
      Overrides.apply(tree, assignment);
    }
    Path directory = file.toAbsolutePath().getParent();
    if (inputs == null) {
      return Scenario.from(tree, stem(file), directory);
    }
    tree.set(CostDefaults.KEY, InputsFile.costs(inputs));
    return Scenario.from(tree, stem(file), directory, inputs.toAbsolutePath().getParent());
  }

  /** Parses a scenario given as YAML text (tests and built-in benchmarks); relative files resolve against cwd. */
  public static Scenario parse(String yaml, String name, List<String> overrides) {
    ObjectNode tree = toObject(yaml, name);
    for (String assignment : overrides) {
      Overrides.apply(tree, assignment);
    }
    return Scenario.from(tree, name, Path.of("").toAbsolutePath());
  }

  private static ObjectNode read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such scenario file");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return toObject(text, file.toString());
  }

  private static ObjectNode toObject(String text, String origin) {
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new InvalidInputException(origin + ": not valid YAML" + where + ": " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidInputException(origin + ": a scenario must be a YAML mapping of keys to values");
    }
    return (ObjectNode) tree;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
