package dev.statebench.shard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code shard.json}: what a sharded run writes beside its results so that {@link RunMerge} can check it is combining
 * the shards of one run — same profile, same commit, every shard once — and the report can say which machine ran
 * which shard.
 *
 * @param profile the profile's name
 * @param commit the git commit the run was built from ({@code unknown} outside a checkout)
 * @param shard which shard this folder holds
 * @param host the machine's host name
 * @param cpu the machine's CPU model
 * @param cores the processors the JVM saw
 */
public record ShardMarker(String profile, String commit, Shard shard, String host, String cpu, int cores) {
  /** The file name inside a shard folder. */
  public static final String FILE = "shard.json";

  private static final String FORMAT = "statebench-shard/1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The marker of a shard run on this machine. */
  public static ShardMarker here(String profile, String commit, Shard shard) {
    return new ShardMarker(profile, commit, shard, hostName(), cpuModel(), Runtime.getRuntime().availableProcessors());
  }

  /** Writes {@value #FILE} into {@code folder}. */
  public void write(Path folder) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("format", FORMAT);
    node.put("profile", profile);
    node.put("commit", commit);
    node.put("shard", shard.index());
    node.put("shards", shard.count());
    node.put("host", host);
    node.put("cpu", cpu);
    node.put("cores", cores);
    AtomicFiles.writeString(folder.resolve(FILE), JSON.writeValueAsString(node) + "\n");
  }

  /**
   * Reads the marker of {@code folder}.
   *
   * @throws UserFacingException when the folder holds no marker or an unreadable one
   */
  public static ShardMarker read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException(folder + " is not a shard folder (no " + FILE + "): give the --out folders of"
          + " runs made with --shard K/N");
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      if (!FORMAT.equals(node.path("format").asText())) {
        throw new UserFacingException(file + " is not a statebench shard marker (format '"
            + node.path("format").asText() + "', expected " + FORMAT + ")");
      }
      return new ShardMarker(node.path("profile").asText(), node.path("commit").asText(),
          new Shard(node.path("shard").asInt(), node.path("shards").asInt()), node.path("host").asText(),
          node.path("cpu").asText(), node.path("cores").asInt());
    } catch (IOException | IllegalArgumentException e) {
      throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // Not Linux: fall through.
    }
    return System.getProperty("os.arch");
  }
}
