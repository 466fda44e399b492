package dev.statebench.compare;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One run as the gate sees it: its JMH results in file order, and its simulator tables folder if it has one.
 *
 * @param source the folder or file the user named
 */
public record ResultSet(Path source, Map<BenchmarkKey, BenchmarkResult> benchmarks, Optional<Path> simulatorTables) {}
