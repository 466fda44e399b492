package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.InvalidInputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.HistogramLogReader;

/**
 * Reads a measured distribution from a file, choosing the format by extension:
 * <ul>
 *   <li>{@code .csv} / {@code .txt}: one sample per line in the first column (a non-numeric first line is a header);
 *   <li>{@code .hlog}: an HdrHistogram interval log (as written by the benchmarks); all intervals with the requested
 *       tag are added (without a tag: all intervals, which must then carry at most one tag);
 *   <li>{@code .hgrm}: an HdrHistogram percentile table ({@code outputPercentileDistribution}).
 * </ul>
 * Values are multiplied by {@code scale} (the file's unit in nanoseconds).
 */
public final class EmpiricalDistributionReader {
  private EmpiricalDistributionReader() {}

  /**
   * @param key the scenario key naming the file, for messages
   */
  public static EmpiricalDistribution read(Path file, double scale, String key) {
    return read(file, scale, key, null);
  }

  /**
   * @param key the scenario key naming the file, for messages
   * @param tag for {@code .hlog} files, the tag of the intervals to read, or null
   */
  public static EmpiricalDistribution read(Path file, double scale, String key, String tag) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".hlog")) {
        return fromHistogramLog(file, scale, key, tag);
      }
      if (name.endsWith(".hgrm")) {
        return fromPercentileTable(file, scale, key);
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return fromSamples(file, scale, key);
      }
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw new InvalidInputException(key + ": file not found: " + file);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException(key + ": cannot read " + file + ": " + e.getMessage(), e);
    }
    throw new InvalidInputException(key + ": unknown file type " + file + " (use .csv, .txt, .hlog or .hgrm)");
  }

  private static EmpiricalDistribution fromSamples(Path file, double scale, String key) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    double[] samples = new double[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String first = line.split("[,;\\s]+")[0];
      try {
        double value = Double.parseDouble(first);
        if (!(value >= 0) || Double.isInfinite(value)) {
          throw new InvalidInputException(key + ": " + file + " line " + (i + 1) + ": '" + first + "' is not a non-negative number");
        }
        samples[n++] = value * scale;
      } catch (NumberFormatException e) {
        if (n > 0) {
          throw new InvalidInputException(key + ": " + file + " line " + (i + 1) + ": '" + first + "' is not a number");
        }
      }
    }
    if (n == 0) {
      throw new InvalidInputException(key + ": " + file + " holds no samples");
    }
    double[] values = Arrays.copyOf(samples, n);
    Arrays.sort(values);
    double[] cumulative = new double[n];
    for (int i = 0; i < n; i++) {
      cumulative[i] = (i + 1) / (double) n;
    }
    return new EmpiricalDistribution(values, cumulative);
  }

  private static EmpiricalDistribution fromHistogramLog(Path file, double scale, String key, String tag)
      throws IOException {
    Histogram total = null;
    Set<String> tags = new TreeSet<>();
    try (HistogramLogReader reader = new HistogramLogReader(file.toFile())) {
      EncodableHistogram interval;
      while ((interval = reader.nextIntervalHistogram()) != null) {
        String intervalTag = interval.getTag() == null ? "" : interval.getTag();
        tags.add(intervalTag);
        if (tag != null && !tag.equals(intervalTag)) {
          continue;
        }
        if (!(interval instanceof Histogram histogram)) {
          throw new InvalidInputException(key + ": " + file + " holds double histograms; lb-sim reads integer ones");
        }
        if (total == null) {
          total = new Histogram(histogram.getNumberOfSignificantValueDigits());
        }
        total.add(histogram);
      }
    }
    if (tag == null && tags.size() > 1) {
      throw new InvalidInputException(key + ": " + file + " holds intervals tagged " + String.join(", ", tags)
          + "; choose one with 'tag:'");
    }
    if (total == null || total.getTotalCount() == 0) {
      throw new InvalidInputException(key + ": " + file + " holds no recorded values"
          + (tag == null ? "" : " tagged '" + tag + "' (tags: " + String.join(", ", tags) + ")"));
    }
    List<double[]> points = new ArrayList<>();
    long seen = 0;
    for (HistogramIterationValue v : total.recordedValues()) {
      seen += v.getCountAddedInThisIterationStep();
      points.add(new double[] {total.highestEquivalentValue(v.getValueIteratedTo()) * scale,
          seen / (double) total.getTotalCount()});
    }
    return fromPoints(points);
  }

  private static EmpiricalDistribution fromPercentileTable(Path file, double scale, String key) throws IOException {
    List<double[]> points = new ArrayList<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] columns = raw.trim().split("\\s+");
      if (columns.length < 3 || raw.trim().startsWith("#")) {
        continue;
      }
      try {
        double value = Double.parseDouble(columns[0]);
        double percentile = Double.parseDouble(columns[1]);
        points.add(new double[] {value * scale, percentile});
      } catch (NumberFormatException header) {
        // the column-title line and the "#[Mean = …]" footer are not data
      }
    }
    if (points.isEmpty()) {
      throw new InvalidInputException(key + ": " + file + " holds no percentile lines");
    }
    return fromPoints(points);
  }

  /** Makes (value, cumulative) points monotone, ending at probability 1. */
  private static EmpiricalDistribution fromPoints(List<double[]> points) {
    List<double[]> clean = new ArrayList<>();
    for (double[] p : points) {
      if (!clean.isEmpty()) {
        double[] last = clean.get(clean.size() - 1);
        if (p[1] <= last[1]) {
          last[0] = Math.max(last[0], p[0]);
          continue;
        }
        p[0] = Math.max(p[0], last[0]);
      }
      clean.add(p);
    }
    double[] values = new double[clean.size()];
    double[] cumulative = new double[clean.size()];
    for (int i = 0; i < clean.size(); i++) {
      values[i] = clean.get(i)[0];
      cumulative[i] = Math.min(1, clean.get(i)[1]);
    }
    cumulative[cumulative.length - 1] = 1;
    return new EmpiricalDistribution(values, cumulative);
  }
}
