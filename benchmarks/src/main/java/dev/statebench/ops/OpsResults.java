package dev.statebench.ops;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.statebench.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files the ops experiments write into a run's {@code ops/} folder and the report reads back, each a typed record
 * in JSON (snake_case keys): {@value #KEY_SPREAD}, {@value #REPLICA_WINDOW}, {@value #OUTAGES}; the cluster-vs-single
 * latency comparison is two ordinary load summaries under {@value #CLUSTER_LOAD}{@code /<target>/summary.json}.
 */
public final class OpsResults {
  /** The folder of a run that holds these files. */
  public static final String FOLDER = "ops";
  public static final String KEY_SPREAD = "key-spread.json";
  public static final String REPLICA_WINDOW = "replica-window.json";
  public static final String OUTAGES = "outages.json";
  public static final String CLUSTER_LOAD = "cluster-load";

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private OpsResults() {}

  /**
   * {@value #KEY_SPREAD}: the cluster's masters and one spread per prefix.
   *
   * @param masters masters of the cluster measured
   */
  public record KeySpreads(int masters, List<KeySpread> spreads) {
    public KeySpreads {
      spreads = List.copyOf(spreads);
    }
  }

  /** {@value #OUTAGES}: every outage run, in order. */
  public record Outages(List<OutageRun> runs) {
    public Outages {
      runs = List.copyOf(runs);
    }
  }

  /** Writes {@code value} as JSON to {@code file}, atomically. */
  public static void write(Path file, Object value) throws IOException {
    AtomicFiles.writeString(file, JSON.writeValueAsString(value) + "\n");
  }

  /** Reads {@code file} as {@code type}. */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    return JSON.readValue(file.toFile(), type);
  }
}
