package dev.statebench.cli;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.fleet.validation.ValidationRow;
import dev.statebench.fleet.validation.ValidationTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statebench fleet-table --sim DIR --real DIR}: the simulated-vs-real validation table from the result files
 * of the same scenarios, {@code NAME.json} in each folder, as Markdown (see {@link ValidationTable}).
 */
@Command(
    name = "fleet-table",
    mixinStandardHelpOptions = true,
    description = {"Print the lb-sim vs fleet-lab validation table: for every NAME.json in --real, the lb-sim result"
        + " NAME.json in --sim beside it (Markdown)."})
final class FleetTableCommand implements Callable<Integer> {
  @Option(names = "--sim", required = true, description = "Folder of lb-sim results (NAME.json).")
  Path sim;

  @Option(names = "--real", required = true, description = "Folder of statebench fleet results (NAME.json).")
  Path real;

  @Option(names = "--out", description = "Also write the table to this file.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(real) || !Files.isDirectory(sim)) {
      throw new UserFacingException("--sim and --real must be folders of result files: " + sim + ", " + real);
    }
    List<ValidationRow> rows = ValidationTable.rows(sim, real);
    String table = ValidationTable.markdown(rows);
    PrintWriter console = spec.commandLine().getOut();
    console.print(table);
    console.flush();
    if (out != null) {
      AtomicFiles.writeString(out, table);
    }
    return 0;
  }
}
