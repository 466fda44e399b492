package dev.statebench.job;

import dev.statebench.run.BenchmarkProfile;
import dev.statebench.servers.Servers;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every step of one job shares.
 *
 * @param profile the profile the job runs
 * @param out the run folder all steps write into
 * @param servers the Redis and PostgreSQL servers, provisioned once for the whole job
 * @param log where steps print their progress
 */
record JobContext(BenchmarkProfile profile, Path out, Servers servers, PrintStream log) {}
