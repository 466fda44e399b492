package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.report.ReportFormat;
import dev.statebench.lbsim.shard.ShardMerger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lb-sim merge DIR… --out DIR [--format F] [--no-plots]}: the unsharded run's files from its shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combine the folders of 'lb-sim run --shard K/N' (K = 1..N) into the files the unsharded run writes,"
        + " byte for byte.")
final class MergeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "The --out folders of the shards.")
  List<Path> shardDirectories;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the merged results.")
  Path out;

  @Option(names = "--no-plots", description = "Skip the SVG plots.")
  boolean noPlots;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      description = "As for 'lb-sim run' (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = RunCommand.parseFormat(format);
    ExperimentResult result = ShardMerger.merge(ShardFiles.read(shardDirectories));
    ResultFiles.write(result, out, reportFormat, !noPlots);
    return 0;
  }
}
