package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code statebench report DIR}: (re)writes {@code report.md}, {@code report.html} and {@code plots/} of a run folder
 * from whatever it holds; parts that are missing render as "not run in this profile".
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write report.md, report.html and plots/*.svg of a run folder from the results it holds.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A run folder (results/runs/<time>, or a job's --out).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new UserFacingException(dir + " is not a folder; give a run folder such as results/runs/<time>");
    }
    for (Path file : Report.write(dir)) {
      System.out.println("wrote " + file);
    }
    return 0;
  }
}
