package dev.statebench.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging shard folders built here file by file: what is concatenated, copied, kept per shard, or refused. */
class RunMergeTest {
  @TempDir
  Path tmp;

  @Test
  void threeShards_mergeIntoOneRunFolder() throws IOException {
    Path a = shard(1, 3, "abc123", "[{\"benchmark\":\"A\"}]");
    Path b = shard(2, 3, "abc123", "[{\"benchmark\":\"B\"},{\"benchmark\":\"C\"}]");
    Path c = shard(3, 3, "abc123", "[]");
    write(a, "tables/token-sizes.md", "| same |");
    write(b, "tables/token-sizes.md", "| same |");
    write(b, "sim/1-steady-skew.json", "{\"s\":1}");
    write(c, "hlog/Redis.hlog", "log");
    write(c, "report.md", "a shard's own report");
    Path out = tmp.resolve("merged");

    List<ShardMarker> markers = RunMerge.merge(List.of(c, a, b), out);

    assertThat(markers).extracting(m -> m.shard().index()).containsExactly(1, 2, 3);
    JsonNode jmh = new ObjectMapper().readTree(out.resolve("jmh.json").toFile());
    assertThat(jmh).extracting(node -> node.path("benchmark").asText()).containsExactly("A", "B", "C");
    assertThat(out.resolve("tables/token-sizes.md")).hasContent("| same |");
    assertThat(out.resolve("sim/1-steady-skew.json")).exists();
    assertThat(out.resolve("hlog/Redis.hlog")).exists();
    assertThat(out.resolve("report.md")).doesNotExist();
    for (int i = 1; i <= 3; i++) {
      assertThat(out.resolve("shards/" + i + "/env.json")).hasContent("{\"shard\":" + i + "}");
      assertThat(out.resolve("shards/" + i + "/shard.json")).exists();
    }
    assertThat(out.resolve("env.json")).hasContent("{\"shard\":1}");
  }

  @Test
  void missingDuplicatedOrForeignShards_areRefusedAndNothingIsWritten() throws IOException {
    Path a = shard(1, 3, "abc123", "[]");
    Path b = shard(2, 3, "abc123", "[]");
    Path otherCommit = shard(3, 3, "def456", "[]");
    Path otherProfile = shard(3, 3, "abc123", "[]", "smoke");
    Path out = tmp.resolve("merged");

    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b), out)).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("shard 3/3 is missing");
    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b, b), out)).hasMessageContaining("given twice");
    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b, otherCommit), out)).hasMessageContaining("commit 'abc123'");
    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b, otherProfile), out)).hasMessageContaining("profile");
    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b, tmp.resolve("nowhere")), out))
        .hasMessageContaining("not a folder");
    assertThat(out).doesNotExist();
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".merge-"));
    }
  }

  @Test
  void filesThatDisagree_orAnOccupiedOut_stopTheMerge() throws IOException {
    Path a = shard(1, 2, "abc123", "[]");
    Path b = shard(2, 2, "abc123", "[]");
    write(a, "tables/token-sizes.md", "| one |");
    write(b, "tables/token-sizes.md", "| other |");
    Path out = tmp.resolve("merged");

    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b), out)).hasMessageContaining("tables/token-sizes.md")
        .hasMessageContaining("different content");
    assertThat(out).doesNotExist();

    Files.writeString(b.resolve("tables/token-sizes.md"), "| one |");
    Path occupied = Files.createDirectories(tmp.resolve("occupied"));
    Files.writeString(occupied.resolve("keep.txt"), "precious");
    assertThatThrownBy(() -> RunMerge.merge(List.of(a, b), occupied)).hasMessageContaining("not empty");
    assertThat(occupied.resolve("keep.txt")).hasContent("precious");
  }

  @Test
  void aFolderWithoutAMarker_isNotAShard() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain-run"));

    assertThatThrownBy(() -> RunMerge.merge(List.of(plain), tmp.resolve("merged")))
        .hasMessageContaining("not a shard folder").hasMessageContaining("--shard K/N");
  }

  private Path shard(int index, int count, String commit, String jmh) throws IOException {
    return shard(index, count, commit, jmh, "full");
  }

  private Path shard(int index, int count, String commit, String jmh, String profile) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve(profile + "-" + commit + "-shard-" + index + "-of-" + count));
    new ShardMarker(profile, commit, new Shard(index, count), "runner-" + index, "Test CPU", 2).write(folder);
    write(folder, "jmh.json", jmh);
    write(folder, "env.json", "{\"shard\":" + index + "}");
    write(folder, "job.json", "{}");
    return folder;
  }

  private static void write(Path folder, String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
