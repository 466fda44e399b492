package dev.statebench.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Converts a run's results into the JSON another benchmarking tool ingests, so that CI users can keep their history
 * and charts there. One implementation per tool.
 */
public interface ResultExporter {

  /** The document to write. */
  JsonNode export(ResultSet run);
}
