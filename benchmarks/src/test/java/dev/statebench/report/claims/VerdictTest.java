package dev.statebench.report.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
  // "adds 1–5 ms": asserted range 1,000..5,000 µs
  private static final ClaimCatalogue.Assertion ONE_TO_FIVE_MS =
      new ClaimCatalogue.Assertion("lookup time", 1000, 5000.0, "µs");

  @Test
  void measuredRangeInside_isSupported_overlapping_isPartly_disjoint_isContradicted() {
    assertThat(Verdict.of(new Condition("a", 1200, 1900, "", false), ONE_TO_FIVE_MS)).isEqualTo("supported");
    assertThat(Verdict.of(new Condition("b", 83, 1023, "", false), ONE_TO_FIVE_MS)).isEqualTo("partly");
    assertThat(Verdict.of(new Condition("c", 83, 189, "", false), ONE_TO_FIVE_MS)).isEqualTo("contradicted");
  }

  @Test
  void openEndedAssertion_acceptsAnythingAboveItsLowerBound() {
    ClaimCatalogue.Assertion atLeast500 = new ClaimCatalogue.Assertion("bytes", 500, null, "B");

    assertThat(Verdict.of(new Condition("RS256", 798, 798, "", false), atLeast500)).isEqualTo("supported");
    assertThat(Verdict.of(new Condition("HS256", 499, 499, "", false), atLeast500)).isEqualTo("contradicted");
  }

  @Test
  void casesThatDisagree_giveADependsOnVerdictNamingEachCase() {
    List<Condition> cases = List.of(new Condition("loopback", 83, 189, "", false),
        new Condition("cross zone", 1083, 1189, "", true));

    assertThat(Verdict.over(cases, ONE_TO_FIVE_MS, "the network"))
        .isEqualTo("depends on the network: contradicted for loopback; supported for cross zone");
  }

  @Test
  void noMeasuredCase_isNotMeasuredYet() {
    assertThat(Verdict.over(List.of(), ONE_TO_FIVE_MS, "the network")).isEqualTo(Verdict.NOT_MEASURED);
  }

  @Test
  void catalogue_namesAKnownSourceAndAMeasureForEveryClaimAndCitesNoFile() {
    ClaimCatalogue catalogue = ClaimCatalogue.load();

    assertThat(catalogue.claims()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(catalogue.claims()).extracting(ClaimCatalogue.Claim::quote)
        .contains("~1 KB (claims + metadata)", "~1 GB/sec at 1M requests/sec (JWT + context)")
        .anySatisfy(q -> assertThat(q).contains("lets 3× traffic through"));
    for (ClaimCatalogue.Claim claim : catalogue.claims()) {
      assertThat(catalogue.sourceOf(claim).title()).as(claim.id()).isNotBlank().doesNotContain(".txt");
      assertThat(claim.measure()).as(claim.id()).isNotNull();
      assertThat(claim.measure() != ClaimMeasure.NOT_MEASURED || claim.note() != null).as(claim.id()).isTrue();
    }
  }
}
