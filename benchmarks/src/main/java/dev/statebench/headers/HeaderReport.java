package dev.statebench.headers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.statebench.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header-bloat report: every header table (sizes, HTTP/1.1 heads, HPACK, bandwidth, limits) built from one {@link HeaderMeasurements}, rendered as markdown,
 * CSV (one file per table) and one JSON document that also holds every HTTP/2 request-by-request series.
 */
public final class HeaderReport {
  public static final String MARKDOWN_FILE = "headers.md";
  public static final String JSON_FILE = "headers.json";

  private final HeaderMeasurements measurements;
  private final List<HeaderLimit> limits;
  private final List<Table> tables;

  public HeaderReport(HeaderMeasurements measurements, List<HeaderLimit> limits) {
    this.measurements = measurements;
    this.limits = List.copyOf(limits);
    this.tables = List.of(
        SizeTables.sizes(measurements),
        SizeTables.http1Heads(measurements),
        Http2Tables.steadyState(measurements),
        Http2Tables.series(measurements),
        BandwidthTable.projection(measurements),
        LimitTables.catalog(this.limits),
        LimitTables.exceeded(measurements, this.limits));
  }

  public List<Table> tables() {
    return tables;
  }

  /** The table with file-name stem {@code id}. */
  public Table table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + id));
  }

  /** All tables as one markdown document. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# Header bloat: JWT vs opaque session id\n\n");
    for (Table table : tables) {
      md.append(table.toMarkdown()).append('\n');
    }
    return md.toString();
  }

  /** The tables plus every HTTP/2 series, as one JSON document. */
  public String toJson() throws IOException {
    List<Map<String, Object>> series = new ArrayList<>();
    for (CaseMeasurement c : measurements.cases()) {
      for (SeriesKey key : HeaderMeasurements.EXPERIMENTS) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("case", c.sessionCase().label());
        entry.put("experiment", key.describe());
        entry.put("blockBytes", c.series(key).blockBytes());
        series.add(entry);
      }
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("tables", tables);
    document.put("http2Series", series);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
  }

  /** Writes {@code headers.md}, {@code headers.json} and one CSV per table into {@code dir}; returns the files. */
  public List<Path> writeTo(Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    String json = toJson();
    for (Table table : tables) {
      Path csv = dir.resolve(table.id() + ".csv");
      AtomicFiles.writeString(csv, table.toCsv());
      written.add(csv);
    }
    Path md = dir.resolve(MARKDOWN_FILE);
    AtomicFiles.writeString(md, toMarkdown());
    written.add(md);
    Path jsonFile = dir.resolve(JSON_FILE);
    AtomicFiles.writeString(jsonFile, json);
    written.add(jsonFile);
    return written;
  }
}
