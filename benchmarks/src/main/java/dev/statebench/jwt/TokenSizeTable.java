package dev.statebench.jwt;

import dev.statebench.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Token sizes for every profile × algorithm, measured on real fixture tokens (token 0 of each pool), written as
 * {@code token-sizes.md} and {@code token-sizes.csv}. Sizes do not depend on the issue time (numeric dates of fixed
 * width) nor on the crypto provider.
 */
public final class TokenSizeTable {
  public static final String MARKDOWN_FILE = "token-sizes.md";
  public static final String CSV_FILE = "token-sizes.csv";

  private final List<TokenSize> rows;

  private TokenSizeTable(List<TokenSize> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Measures every profile × algorithm with the keys of {@code fixtures}. */
  public static TokenSizeTable measure(KeyFixtures fixtures, Instant issuedAt) {
    List<TokenSize> rows = new ArrayList<>();
    for (TokenProfile profile : TokenProfile.values()) {
      for (JwtAlgorithm alg : JwtAlgorithm.values()) {
        TokenIssuer issuer = new TokenIssuer(fixtures.ring(alg, 1), CryptoProvider.JDK);
        rows.add(TokenSize.of(profile, alg, issuer.issue(profile, 0, issuedAt)));
      }
    }
    return new TokenSizeTable(rows);
  }

  public List<TokenSize> rows() {
    return rows;
  }

  /** A GitHub-flavoured markdown table, one row per profile × algorithm. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder()
        .append("| profile | algorithm | JWT bytes | `Authorization: Bearer …` line bytes |\n")
        .append("|---|---|---:|---:|\n");
    for (TokenSize row : rows) {
      md.append("| ").append(row.profile()).append(" | ").append(row.algorithm())
          .append(" | ").append(row.jwtBytes()).append(" | ").append(row.headerLineBytes()).append(" |\n");
    }
    return md.toString();
  }

  /** CSV with a header row: {@code profile,algorithm,jwt_bytes,header_line_bytes}. */
  public String toCsv() {
    StringBuilder csv = new StringBuilder("profile,algorithm,jwt_bytes,header_line_bytes\n");
    for (TokenSize row : rows) {
      csv.append(row.profile()).append(',').append(row.algorithm()).append(',')
          .append(row.jwtBytes()).append(',').append(row.headerLineBytes()).append('\n');
    }
    return csv.toString();
  }

  /** Writes both files into {@code dir} (temporary file, then move); returns them. */
  public List<Path> writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path md = dir.resolve(MARKDOWN_FILE);
    Path csv = dir.resolve(CSV_FILE);
    AtomicFiles.writeString(md, "# Token sizes\n\nBytes of the compact JWT and of the HTTP/1.1 header line "
        + "`Authorization: Bearer <jwt>\\r\\n`, per token profile and signing algorithm.\n\n" + toMarkdown());
    AtomicFiles.writeString(csv, toCsv());
    return List.of(md, csv);
  }

}
