package dev.statebench.lbsim.report;

import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.Utilization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-line warning every report carries when a run did not measure the load its scenario designed: the achieved
 * utilization differs from the designed one by more than {@link Utilization#TOLERANCE} (relative) for some policy.
 * Expected with fleet events (logins, failures, slow backends) and rejections; otherwise a sign that the run measures
 * a transient.
 */
final class UtilizationWarning {
  private UtilizationWarning() {}

  static Optional<String> of(ExperimentResult result) {
    List<String> deviating = new ArrayList<>();
    for (PolicyResult policy : result.policies()) {
      Estimate designed = policy.metrics().get("utilization.designed");
      Estimate achieved = policy.metrics().get("utilization.achieved");
      if (designed != null && achieved != null
          && new Utilization(designed.mean(), achieved.mean()).deviates()) {
        deviating.add(String.format(Locale.ROOT, "%s %.3f vs %.3f", policy.label(), achieved.mean(), designed.mean()));
      }
    }
    if (deviating.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "warning: achieved utilization differs from the designed one by more"
        + " than %.0f%% (achieved vs designed): %s", Utilization.TOLERANCE * 100, String.join("; ", deviating)));
  }
}
