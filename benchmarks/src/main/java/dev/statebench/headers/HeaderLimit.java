package dev.statebench.headers;

/**
 * A default request-header limit of one proxy, server or client, with where the figure comes from.
 *
 * @param component the product, e.g. {@code nginx}
 * @param limitBytes the largest accepted value of the scoped quantity: {@code limitBytes} passes, one more fails
 * @param scope what the limit counts
 * @param configKey the setting that holds the limit and its default
 * @param source where the default is documented
 */
public record HeaderLimit(String component, long limitBytes, LimitScope scope, String configKey, String source) {
  /** {@code true} if the request described by {@code measures} goes over this limit. */
  public boolean exceededBy(RequestMeasures measures) {
    return scope.measure(measures) > limitBytes;
  }
}
