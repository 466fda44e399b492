package dev.statebench.headers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.TokenProfile;
import org.junit.jupiter.api.Test;

class Http2SeriesTest {
  private static final KeyFixtures FIXTURES = KeyFixtures.standard();
  private static final HpackSettings NETTY_DEFAULT =
      HpackSettings.netty(HpackIndexing.INDEXED, HpackSettings.DEFAULT_TABLE_SIZE);

  private static RotatingCredentials bearer(TokenProfile profile) {
    return RotatingCredentials.of(SessionCase.jwt(AuthMode.BEARER_JWT, profile, JwtAlgorithm.HS256), FIXTURES);
  }

  @Test
  void indexedToken_costsOneByteMoreThanNoAuth_inSteadyState() {
    Http2Series none = Http2Series.measure(RotatingCredentials.of(SessionCase.noAuth(), FIXTURES), NETTY_DEFAULT,
        20, 0);
    Http2Series typical = Http2Series.measure(bearer(TokenProfile.TYPICAL), NETTY_DEFAULT, 20, 0);
    assertThat(typical.steadyStateBytes() - none.steadyStateBytes()).isEqualTo(1.0);
    assertThat(typical.request(1)).isGreaterThan(typical.request(2));
  }

  @Test
  void rotation_resendsTheNewTokenOncePerPeriod() {
    RotatingCredentials credentials = bearer(TokenProfile.TYPICAL);
    Http2Series series = Http2Series.measure(credentials, NETTY_DEFAULT, 20, 5);
    // Requests 6, 11, 16 carry a new token as a literal with an indexed name; the others are all-indexed.
    assertThat(series.request(6)).isEqualTo(series.request(11)).isEqualTo(series.request(16))
        .isGreaterThan(credentials.credential(1).length());
    assertThat(series.request(7)).isEqualTo(series.request(5)).isEqualTo(series.request(20));
    // Steady window 11..20: two literals and eight indexed blocks.
    assertThat(series.steadyStateBytes()).isEqualTo((2.0 * series.request(11) + 8 * series.request(12)) / 10);
  }

  @Test
  void tokenLargerThanTheTable_isResentEveryRequest_untilTheTableGrows() {
    RotatingCredentials groups = bearer(TokenProfile.GROUPS_200);
    int entry = RequestHead.representative(AuthMode.BEARER_JWT, groups.credential(0)).fields().get(4).hpackEntrySize();
    assertThat(entry).isGreaterThan(HpackSettings.DEFAULT_TABLE_SIZE).isLessThan(16 * 1024);

    Http2Series small = Http2Series.measure(groups, NETTY_DEFAULT, 10, 0);
    assertThat(small.request(10)).isEqualTo(small.request(2)).isGreaterThan(groups.credential(0).length() / 2);

    Http2Series large = Http2Series.measure(groups, HpackSettings.netty(HpackIndexing.INDEXED, 16 * 1024), 10, 0);
    assertThat(large.request(2)).isLessThan(20);
  }

  @Test
  void neverIndexed_neverGetsCheaperThanTheToken() {
    RotatingCredentials credentials = bearer(TokenProfile.MINIMAL);
    Http2Series series = Http2Series.measure(credentials,
        HpackSettings.netty(HpackIndexing.NEVER_INDEXED, HpackSettings.DEFAULT_TABLE_SIZE), 10, 0);
    // MINIMAL HS256 is under 512 characters: sent raw, so at least "Bearer " + token on every request.
    assertThat(series.request(10)).isEqualTo(series.request(2))
        .isGreaterThanOrEqualTo("Bearer ".length() + credentials.credential(0).length());
  }

  @Test
  void rotatedTokens_keepTheirLength_andDiffer() {
    RotatingCredentials credentials = bearer(TokenProfile.TYPICAL);
    assertThat(credentials.credential(1)).hasSameSizeAs(credentials.credential(0))
        .isNotEqualTo(credentials.credential(0));
  }
}
