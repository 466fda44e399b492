package dev.statebench.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwkSetFilesTest {

  @Test
  void write_publishesPublicKeysWithoutSecretsAndPrivateKeysWithHmacSecrets(@TempDir Path dir) throws Exception {
    JwkSetFiles.write(KeyFixtures.standard(), 1, dir);

    JWKSet publicSet = JWKSet.load(dir.resolve(JwkSetFiles.PUBLIC_FILE).toFile());
    JWKSet privateSet = JWKSet.load(dir.resolve(JwkSetFiles.PRIVATE_FILE).toFile());

    assertThat(privateSet.getKeys()).hasSize(JwtAlgorithm.values().length).allMatch(JWK::isPrivate);
    assertThat(publicSet.getKeys()).hasSize(JwtAlgorithm.values().length - 3)
        .noneMatch(JWK::isPrivate)
        .noneMatch(key -> key.getKeyType() == KeyType.OCT);
    for (JWK key : privateSet.getKeys()) {
      assertThat(key.getKeyID()).isNotBlank();
      assertThat(key.getAlgorithm()).isNotNull();
      assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
    }
    for (JWK key : publicSet.getKeys()) {
      assertThat(key).isEqualTo(privateSet.getKeyByKeyId(key.getKeyID()).toPublicJWK());
    }
  }
}
