package dev.statebench.headers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderReportTest {
  private static HeaderReport report;

  @BeforeAll
  static void measure() {
    report = new HeaderReport(HeaderMeasurements.measure(KeyFixtures.standard(), List.of(JwtAlgorithm.HS256)),
        HeaderLimits.defaults());
  }

  @Test
  void sizes_agreeWithTheJwtModulesTokenSizes() {
    TokenIssuer issuer = new TokenIssuer(KeyFixtures.standard().ring(JwtAlgorithm.HS256, 1), CryptoProvider.JDK);
    Table sizes = report.table("headers-sizes");
    for (List<String> row : sizes.rows()) {
      TokenProfile profile = TokenProfile.valueOf(row.get(0));
      TokenSize expected = TokenSize.of(profile, JwtAlgorithm.HS256,
          issuer.issue(profile, 0, RotatingCredentials.FIRST_ISSUE));
      assertThat(Integer.parseInt(row.get(2))).isEqualTo(expected.jwtBytes());
      assertThat(Integer.parseInt(row.get(3))).isEqualTo(expected.headerLineBytes());
      // "Cookie: session=" is 6 bytes shorter than "Authorization: Bearer ".
      assertThat(Integer.parseInt(row.get(4))).isEqualTo(expected.headerLineBytes() - 6);
      assertThat(row.get(5)).isEqualTo("36");
    }
  }

  @Test
  void onlyTheGroupsToken_breaksAnyLimit_andOnlyAsACookieTheCookieLimit() {
    Table exceeded = report.table("headers-limits-exceeded");
    for (List<String> row : exceeded.rows()) {
      String verdict = row.get(row.size() - 1);
      if (row.get(0).contains("GROUPS_200")) {
        assertThat(verdict).contains("nginx", "Tomcat", "Netty HTTP/2");
        assertThat(verdict.contains("browser cookie")).isEqualTo(row.get(0).startsWith("JWT_COOKIE"));
      } else {
        assertThat(verdict).isEqualTo("none");
      }
    }
  }

  @Test
  void bandwidth_isBytesTimesRate() {
    for (List<String> row : report.table("headers-bandwidth").rows()) {
      double bytes = Double.parseDouble(row.get(2));
      assertThat(Double.parseDouble(row.get(5))).isCloseTo(bytes, offset(0.01));
      assertThat(Double.parseDouble(row.get(3))).isCloseTo(bytes / 100, offset(0.01));
    }
  }

  @Test
  void writeTo_writesMarkdownJsonAndOneCsvPerTable(@TempDir Path dir) throws Exception {
    List<Path> files = report.writeTo(dir);
    assertThat(files).hasSize(report.tables().size() + 2);
    assertThat(Files.readString(dir.resolve(HeaderReport.MARKDOWN_FILE))).contains("| BEARER_JWT TYPICAL HS256 |");
    JsonNode json = new ObjectMapper().readTree(dir.resolve(HeaderReport.JSON_FILE).toFile());
    assertThat(json.get("tables")).hasSize(report.tables().size());
    assertThat(json.get("http2Series").get(0).get("blockBytes")).hasSize(HeaderMeasurements.REQUESTS);
    assertThat(Files.readString(dir.resolve("headers-sizes.csv"))).startsWith("profile,algorithm,JWT,");
    try (var listing = Files.list(dir)) {
      assertThat(listing.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void table_rejectsRowsOfTheWrongWidth() {
    assertThatIllegalArgumentException().isThrownBy(() ->
        new Table("t", "t", "p", List.of(), List.of("a", "b"), List.of(List.of("1"))));
  }

  @Test
  void csv_quotesCellsWithCommas() {
    Table table = new Table("t", "t", "p", List.of(), List.of("a"), List.of(List.of("x, \"y\"")));
    assertThat(table.toCsv()).isEqualTo("a\n\"x, \"\"y\"\"\"\n");
  }
}
