package dev.statebench.report;

import dev.statebench.report.claims.ClaimCatalogue;
import dev.statebench.report.claims.Condition;
import dev.statebench.report.claims.NetworkPath;
import dev.statebench.report.claims.Verdict;
import dev.statebench.results.format.Numbers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The claims-checked section: every claim of {@code claims.yaml} with its source, the range it asserts, this run's
 * measured cases (each with its denominator), and the verdict computed by {@link Verdict}'s stated rule; then what a
 * network adds to the loopback latency, as a marked projection with the published source of each round trip.
 */
final class ClaimsSection {
  private ClaimsSection() {}

  static String render(ResultFolder folder, List<CostRow> costs) {
    ClaimCatalogue catalogue = ClaimCatalogue.load();
    ClaimMeasurements measurements = new ClaimMeasurements(folder, costs);
    MarkdownTable table = new MarkdownTable("claim", "source (publisher)", "asserts", "measured in this run",
        "verdict");
    for (ClaimCatalogue.Claim claim : catalogue.claims()) {
      List<Condition> cases = measurements.cases(claim.measure());
      ClaimCatalogue.Source source = catalogue.sourceOf(claim);
      String measured = cases.isEmpty() ? (claim.note() == null ? "no data in this run" : claim.note())
          : cases.stream().map(c -> c.figure()).collect(Collectors.joining("; "));
      String section = ClaimMeasurements.section(claim.measure());
      table.row("\"" + claim.quote() + "\"", source.title() + " (" + source.publisher() + ")",
          claim.asserts().what() + ": " + range(claim.asserts()),
          section.isEmpty() || cases.isEmpty() ? measured : measured + " ([data](" + section + "))",
          Verdict.over(cases, claim.asserts(), claim.measure().dimension()));
    }
    return "Verdict rule: " + Verdict.RULE + "\n\n" + table.render() + "\n" + network();
  }

  private static String range(ClaimCatalogue.Assertion asserts) {
    String unit = asserts.unit().equals("share") ? "" : " " + asserts.unit();
    if (asserts.high() == null) {
      return "≥ " + value(asserts.low(), asserts.unit()) + unit;
    }
    return asserts.low() == asserts.highOrInfinity() ? value(asserts.low(), asserts.unit()) + unit
        : value(asserts.low(), asserts.unit()) + "–" + value(asserts.high(), asserts.unit()) + unit;
  }

  private static String value(double v, String unit) {
    return unit.equals("share") ? Numbers.percent(v) : Numbers.format(v);
  }

  private static String network() {
    MarkdownTable table = new MarkdownTable("network", "round trip added (µs)", "source");
    for (NetworkPath path : NetworkPath.values()) {
      table.row(path.label(), Numbers.format(path.roundTripMicros()), path.source());
    }
    return "<a id=\"what-the-network-adds\"></a>\n### What the network adds\n\nThe store benchmarks run on "
        + "loopback. A store on another machine adds at least one network round trip per lookup; the rows marked "
        + "\"projection\" above add the published round trip below to this run's loopback figures. They are "
        + "projections, not measurements: measure your own servers with\n\n```\n" + NetworkPath.MEASURE_YOUR_OWN
        + "\n```\n\n" + table.render();
  }
}
