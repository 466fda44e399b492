package dev.statebench.report.claims;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The claims of the source texts, read from {@code claims.yaml} on the class path: each a short quote, its source
 * (title and publisher), the range of the quantity it asserts, and the {@link ClaimMeasure} that tests it.
 */
public record ClaimCatalogue(
    @JsonProperty("sources") Map<String, Source> sources,
    @JsonProperty("claims") List<Claim> claims) {

  /** A source text: its title and publisher as the page shows them. */
  public record Source(@JsonProperty("title") String title, @JsonProperty("publisher") String publisher) {}

  /**
   * The quantity a claim asserts: what it is, the asserted range and its unit.
   *
   * @param high the upper end, null for "at least {@code low}"
   */
  public record Assertion(@JsonProperty("what") String what, @JsonProperty("low") double low,
      @JsonProperty("high") Double high, @JsonProperty("unit") String unit) {

    public double highOrInfinity() {
      return high == null ? Double.POSITIVE_INFINITY : high;
    }
  }

  /** One claim. {@code source} names an entry of {@code sources}; {@code note} says why a claim is not measured. */
  public record Claim(@JsonProperty("id") String id, @JsonProperty("quote") String quote,
      @JsonProperty("source") String source, @JsonProperty("asserts") Assertion asserts,
      @JsonProperty("measure") ClaimMeasure measure, @JsonProperty("note") String note) {}

  public static ClaimCatalogue load() {
    try (InputStream in = ClaimCatalogue.class.getResourceAsStream("/claims.yaml")) {
      if (in == null) {
        throw new IllegalStateException("claims.yaml is missing from the class path");
      }
      ClaimCatalogue catalogue = new ObjectMapper(new YAMLFactory()).readValue(in, ClaimCatalogue.class);
      for (Claim claim : catalogue.claims()) {
        if (!catalogue.sources().containsKey(claim.source())) {
          throw new IllegalStateException("claims.yaml: claim " + claim.id() + " names unknown source "
              + claim.source());
        }
      }
      return catalogue;
    } catch (IOException e) {
      throw new UncheckedIOException("claims.yaml: " + e.getMessage(), e);
    }
  }

  public Source sourceOf(Claim claim) {
    return sources.get(claim.source());
  }
}
