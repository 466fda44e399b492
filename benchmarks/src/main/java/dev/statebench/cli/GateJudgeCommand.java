package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.gate.GateJudge;
import dev.statebench.gate.GateReport;
import dev.statebench.gate.RoundsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statebench gate-judge DIR}: judges the rounds an earlier {@code statebench gate} left in {@code DIR/rounds}
 * (or in {@code DIR} itself) again, for example with another threshold. Same exit statuses as {@code gate}.
 */
@Command(
    name = "gate-judge",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Judge the rounds of an earlier 'statebench gate' run again (DIR/rounds/rNNN-base|new-NAME.json).",
        "Exit status: 0 no regression, 1 regression, 2 unusable input or too little data for any verdict."})
final class GateJudgeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A gate output folder or its rounds/ folder.")
  Path folder;

  @Mixin
  GateRuleOptions ruleOptions = new GateRuleOptions();

  @Mixin
  GateReportOptions reportOptions = new GateReportOptions();

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() {
    try {
      Path rounds = Files.isDirectory(folder.resolve("rounds")) ? folder.resolve("rounds") : folder;
      GateReport report = new GateJudge(ruleOptions.rules()).judge(new RoundsReader().read(rounds));
      reportOptions.emit(report, folder, spec.commandLine().getOut());
      return report.exitStatus();
    } catch (UserFacingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new UserFacingException("gate-judge failed: " + e, e);
    }
  }
}
