package dev.statebench.gate;

import dev.statebench.compare.BenchmarkKey;
import java.util.List;

/**
 * The outcome of one gate run. Exit status: 1 when any benchmark regressed (score or allocation), 2 when no benchmark
 * had enough paired rounds for a verdict (the gate could not judge anything: that is never "no regression"), else 0.
 *
 * @param rounds the number of rounds that produced results
 */
public record GateReport(List<BenchmarkJudgement> judgements, int rounds, List<BenchmarkKey> onlyInBase,
    List<BenchmarkKey> onlyInNew, GateRules rules) {

  public GateReport {
    judgements = List.copyOf(judgements);
    onlyInBase = List.copyOf(onlyInBase);
    onlyInNew = List.copyOf(onlyInNew);
  }

  public long count(GateVerdict verdict) {
    return judgements.stream().filter(j -> j.verdict() == verdict).count();
  }

  public boolean regressed() {
    return judgements.stream().anyMatch(BenchmarkJudgement::regressed);
  }

  /** Whether no benchmark at all had enough rounds for a verdict. */
  public boolean nothingJudged() {
    return count(GateVerdict.TOO_LITTLE_DATA) == judgements.size();
  }

  public int exitStatus() {
    if (regressed()) {
      return 1;
    }
    return nothingJudged() ? 2 : 0;
  }

  /** One line: {@code REGRESSION (1 of 40)}, {@code no regression}, or {@code too little data …}. */
  public String headline() {
    if (regressed()) {
      long n = judgements.stream().filter(BenchmarkJudgement::regressed).count();
      return "REGRESSION (" + n + " of " + judgements.size() + " benchmarks)";
    }
    if (nothingJudged()) {
      return "too little data: no benchmark has " + rules.minimumPairs() + " paired rounds (" + rounds
          + " rounds ran); nothing was judged";
    }
    long unjudged = count(GateVerdict.TOO_LITTLE_DATA);
    return "no regression" + (unjudged == 0 ? "" : " among the judged; " + unjudged + " of " + judgements.size()
        + " benchmarks had too little data and were not judged");
  }
}
