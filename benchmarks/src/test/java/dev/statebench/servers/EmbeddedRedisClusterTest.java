package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real cluster with a replica per master forms, and closing it stops every node; bad shapes are refused. */
class EmbeddedRedisClusterTest {

  @Test
  void clusterWithOneReplicaPerMaster_formsAndStopsCleanly() throws Exception {
    List<ProcessHandle> processes;
    try (EmbeddedRedisCluster cluster = EmbeddedRedisCluster.start(3, 1)) {
      processes = cluster.processes();
      assertThat(cluster.endpoint().nodeUris()).hasSize(6);
      assertThat(cluster.endpoint().replicas()).isEqualTo(3);
      try (RedisClient client = RedisClient.create(cluster.endpoint().seedUri());
          StatefulRedisConnection<String, String> connection = client.connect()) {
        assertThat(connection.sync().clusterInfo()).contains("cluster_state:ok").contains("cluster_known_nodes:6")
            .contains("cluster_size:3");
        long replicas = connection.sync().clusterNodes().lines().filter(line -> line.split(" ")[2].contains("slave"))
            .count();
        assertThat(replicas).isEqualTo(3);
      }
    }
    for (ProcessHandle process : processes) {
      assertThat(process.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }
  }

  @Test
  void fewerThanThreeMastersOrTwoReplicas_isRefusedWithOneLine() {
    assertThatThrownBy(() -> EmbeddedRedisCluster.start(2, 0)).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("at least 3 masters");
    assertThatThrownBy(() -> EmbeddedRedisCluster.start(3, 2)).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("0 or 1");
  }

  @Test
  void externalSeedThatDoesNotAnswer_namesTheProblem() {
    assertThatThrownBy(() -> RedisClusterProbe.probe(List.of("redis://127.0.0.1:1")))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("no Redis Cluster seed node answers");
  }

  @Test
  void aSingleNodeGivenAsACluster_isRefused() {
    try (EmbeddedRedisServer single = EmbeddedRedisServer.start(0)) {
      assertThatThrownBy(() -> RedisClusterProbe.probe(List.of(single.endpoint().uri())))
          .isInstanceOf(UserFacingException.class).hasMessageContaining("cluster");
    }
  }
}
