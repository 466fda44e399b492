package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.ResultsFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One combination of a scenario's swept settings. A scenario without a sweep has the single variant {@link #NONE}.
 *
 * @param label the display label, e.g. {@code state=jwt-ES256, backends.count=5}; for display only, never parsed
 * @param settings the swept settings in sweep order
 */
public record SimVariant(
    @JsonProperty("label") String label,
    @JsonProperty("settings") List<VariantSetting> settings) {
  public static final SimVariant NONE = new SimVariant("", List.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  public SimVariant {
    settings = List.copyOf(settings);
  }

  /** The swept setting for {@code key}, if this variant sets it. */
  public Optional<VariantSetting> setting(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** The swept state model, if the variant sets one. */
  public Optional<StateSetting> state() {
    return setting("state").map(s -> {
      try {
        return JSON.treeToValue(s.value(), StateSetting.class);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new ResultsFormatException("variant '" + label + "': state " + s.value() + " is not a state model: "
            + e.getMessage(), e);
      }
    });
  }

  /** The swept fleet size, if the variant sets {@code backends.count}. */
  public OptionalInt backendCount() {
    Optional<VariantSetting> count = setting("backends.count");
    return count.isPresent() && count.get().value().canConvertToInt() ? OptionalInt.of(count.get().value().asInt())
        : OptionalInt.empty();
  }

  /** The routing policies the variant sets (a set-sweep may replace the scenario's list), if any. */
  public Optional<List<String>> policies() {
    return setting("policies").map(s -> {
      List<String> names = new ArrayList<>();
      s.value().forEach(p -> names.add(p.asText()));
      return List.copyOf(names);
    });
  }

  /** The label of the setting for {@code key} (e.g. {@code jwt-ES256} for {@code state}), if swept. */
  public Optional<String> labelOf(String key) {
    return setting(key).map(VariantSetting::label);
  }
}
