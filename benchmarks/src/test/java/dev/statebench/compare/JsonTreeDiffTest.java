package dev.statebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTreeDiffTest {
  private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private List<NumericDifference> diff(String base, String now) throws Exception {
    JsonNode a = json.readTree(base);
    JsonNode b = json.readTree(now);
    return JsonTreeDiff.diff(a, b);
  }

  @Test
  void identicalTrees_haveNoDifference() throws Exception {
    String table = "{\"policy\":\"p2c\",\"p99\":[1.5,2.25],\"lost\":{\"sessions\":0}}";
    assertThat(diff(table, table)).isEmpty();
  }

  @Test
  void numbersEqualInValue_areEqualWhateverTheirSpelling() throws Exception {
    assertThat(diff("{\"a\":1,\"b\":2.50,\"c\":1e2}", "{\"a\":1.0,\"b\":2.5,\"c\":100}")).isEmpty();
  }

  @Test
  void oneChangedNumberDeepInAnArray_isReportedWithItsPath() throws Exception {
    List<NumericDifference> d = diff(
        "{\"policies\":[{\"name\":\"random\",\"p99\":12.5},{\"name\":\"p2c\",\"p99\":3.1}]}",
        "{\"policies\":[{\"name\":\"random\",\"p99\":12.5},{\"name\":\"p2c\",\"p99\":3.1000000000000001}]}");

    assertThat(d).containsExactly(
        new NumericDifference("$.policies[1].p99", Optional.of("3.1"), Optional.of("3.1000000000000001")));
    assertThat(d.get(0).isChangedValue()).isTrue();
  }

  @Test
  void leavesOnOneSideOnly_areAddedOrRemovedNotChanged() throws Exception {
    List<NumericDifference> d = diff("{\"a\":1,\"gone\":{\"x\":2}}", "{\"a\":1,\"new\":[3]}");

    assertThat(d).containsExactly(
        new NumericDifference("$.gone.x", Optional.of("2"), Optional.empty()),
        new NumericDifference("$.new[0]", Optional.empty(), Optional.of("3")));
    assertThat(d).noneMatch(NumericDifference::isChangedValue);
  }

  @Test
  void stringsAreNotCompared_butANumberTurnedStringIsChanged() throws Exception {
    List<NumericDifference> d = diff("{\"label\":\"a\",\"n\":1}", "{\"label\":\"b\",\"n\":\"1\"}");

    assertThat(d).extracting(NumericDifference::path).containsExactly("$.n");
    assertThat(d.get(0).isChangedValue()).isTrue();
  }
}
