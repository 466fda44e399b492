package dev.statebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code statebench jmh …}: hands every argument to JMH's own launcher, {@code org.openjdk.jmh.Main}. */
@Command(
    name = "jmh",
    description = "Run JMH directly with its own options (e.g. 'jmh -l', 'jmh -h', 'jmh Jwt -f 1').")
final class JmhCommand implements Callable<Integer> {

  /** Everything after {@code jmh}, options included, is JMH's. */
  @Unmatched
  List<String> jmhArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
    return 0;
  }
}
