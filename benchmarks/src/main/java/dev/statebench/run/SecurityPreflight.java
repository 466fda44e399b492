package dev.statebench.run;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.jwt.gate.SecurityGate;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work done before JMH starts: drop crypto providers this platform cannot run (printing why), and put every verifier
 * configuration of the run through the {@link SecurityGate} once, so a failing configuration stops the run before any
 * timing. The benchmarks gate again in each fork, on the JVM that is timed.
 */
final class SecurityPreflight {
  private SecurityPreflight() {}

  /** {@code selection} without providers that cannot run here; each dropped provider is reported on {@code log}. */
  static BenchmarkSelection withRunnableProviders(BenchmarkSelection selection, PrintStream log) {
    List<String> providers = selection.params().get("provider");
    if (providers == null) {
      return selection;
    }
    List<String> runnable = new ArrayList<>();
    for (String name : providers) {
      String reason = CryptoProvider.valueOf(name).unavailableReason();
      if (reason == null) {
        runnable.add(name);
      } else {
        log.println("skipping provider " + name + " for " + selection.benchmark().getSimpleName() + ": " + reason);
      }
    }
    Map<String, List<String>> params = new LinkedHashMap<>(selection.params());
    params.put("provider", runnable);
    return selection.withParams(params);
  }

  /**
   * Gates every verifier configuration of {@code selection} (those with {@code alg} and {@code path} parameters);
   * returns how many were checked.
   *
   * @throws dev.statebench.jwt.gate.SecurityGateException naming the first configuration and attack that failed
   */
  static int gate(BenchmarkSelection selection) {
    Map<String, List<String>> params = selection.params();
    if (!params.containsKey("alg") || !params.containsKey("path")) {
      return 0;
    }
    int checked = 0;
    for (String alg : params.get("alg")) {
      for (String path : params.get("path")) {
        for (String provider : params.getOrDefault("provider", List.of("JDK"))) {
          for (String profile : params.getOrDefault("profile", List.of("TYPICAL"))) {
            for (String keys : params.getOrDefault("keys", List.of("1"))) {
              SecurityGate.check(VerifierConfiguration.of(JwtAlgorithm.valueOf(alg), VerifyPath.valueOf(path),
                  CryptoProvider.valueOf(provider), TokenProfile.valueOf(profile), Integer.parseInt(keys)));
              checked++;
            }
          }
        }
      }
    }
    return checked;
  }
}
