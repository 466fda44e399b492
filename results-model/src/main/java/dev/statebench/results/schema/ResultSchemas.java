package dev.statebench.results.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.statebench.results.ResultsFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates result documents against the JSON Schemas of the contract (draft 2020-12, checked with networknt's
 * json-schema-validator, https://github.com/networknt/json-schema-validator). Readers validate before they bind, so a
 * malformed file fails with the schema's first complaint and its location instead of a half-filled record.
 */
public final class ResultSchemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<ResultFormat, Schema> LOADED = new EnumMap<>(ResultFormat.class);

  private ResultSchemas() {}

  /** The schema document itself, e.g. for tools that publish it. */
  public static InputStream open(ResultFormat format) {
    InputStream in = ResultSchemas.class.getResourceAsStream("/schemas/" + format.schemaFile());
    if (in == null) {
      throw new IllegalStateException("schema " + format.schemaFile() + " is missing from the class path");
    }
    return in;
  }

  /** Every violation of {@code format}'s schema, as "location: message" lines; empty when the document conforms. */
  public static List<String> violations(JsonNode document, ResultFormat format) {
    List<Error> errors = schema(format).validate(document);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** Throws a one-line {@link ResultsFormatException} naming {@code source} unless {@code document} conforms. */
  public static void requireValid(JsonNode document, ResultFormat format, String source) {
    List<String> violations = violations(document, format);
    if (!violations.isEmpty()) {
      throw new ResultsFormatException(source + " does not match " + format.schemaFile() + ": " + violations.get(0)
          + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
    }
  }

  private static synchronized Schema schema(ResultFormat format) {
    return LOADED.computeIfAbsent(format, f -> {
      try (InputStream in = open(f)) {
        return REGISTRY.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
