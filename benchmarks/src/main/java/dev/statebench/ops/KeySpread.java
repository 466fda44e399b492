package dev.statebench.ops;

import java.util.List;

/**
 * How one key prefix's sessions spread over a Redis Cluster's masters: a prefix without a hash tag spreads the keys
 * over the slots by their session ids (CRC16 of the whole key), one with a hash tag such as {@code {statebench}:}
 * hashes only the tag, so every key lands in one slot and on one master (Redis Cluster specification, "Hash tags":
 * https://redis.io/docs/latest/operate/oss_and_stack/reference/cluster-spec/#hash-tags).
 *
 * @param keyPrefix the prefix of every key
 * @param hashTag whether the prefix holds a hash tag
 * @param keys sessions written
 * @param distinctSlots slots the keys fall in
 * @param keysPerMaster keys each master holds, counted on the node ({@code SCAN MATCH prefix*}), masters in slot order
 */
public record KeySpread(String keyPrefix, boolean hashTag, int keys, int distinctSlots, List<Long> keysPerMaster) {
  public KeySpread {
    keysPerMaster = List.copyOf(keysPerMaster);
  }
}
