package dev.statebench.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSizeTableTest {

  @Test
  void headerLine_addsTheAuthorizationPrefixAndLineEnd() {
    TokenSize size = TokenSize.of(TokenProfile.MINIMAL, JwtAlgorithm.HS256, "a.b.c");

    // "Authorization: Bearer " is 22 bytes, the token 5, CRLF 2
    assertThat(size.jwtBytes()).isEqualTo(5);
    assertThat(size.headerLineBytes()).isEqualTo(29);
  }

  @Test
  void measure_coversEveryProfileAndAlgorithmAndGrowsWithTheProfile(@TempDir Path dir) throws Exception {
    TokenSizeTable table = TokenSizeTable.measure(KeyFixtures.standard(), Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(table.rows()).hasSize(TokenProfile.values().length * JwtAlgorithm.values().length);
    for (JwtAlgorithm alg : JwtAlgorithm.values()) {
      List<Integer> bytes = table.rows().stream().filter(r -> r.algorithm() == alg).map(TokenSize::jwtBytes).toList();
      assertThat(bytes).isSorted().doesNotHaveDuplicates();
    }
    List<Path> files = table.writeTo(dir);
    assertThat(Files.readAllLines(files.get(1))).hasSize(1 + table.rows().size())
        .first().isEqualTo("profile,algorithm,jwt_bytes,header_line_bytes");
    assertThat(Files.readString(files.get(0))).contains("| GROUPS_200 | RS256_4096 |");
  }
}
