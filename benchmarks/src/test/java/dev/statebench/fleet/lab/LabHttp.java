package dev.statebench.fleet.lab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test client session against the lab's HAProxy: keeps its cookies like a browser, sends the bearer token a login
 * handed out, and reports who answered.
 */
final class LabHttp {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Status and answering instance of one response. */
  record Answer(int status, String instance) {}

  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String token;

  LabHttp(int port) {
    this.port = port;
  }

  Answer login() throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri("/login")).POST(HttpRequest.BodyPublishers.noBody()));
  }

  Answer work() throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri("/work")).GET());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Answer send(HttpRequest.Builder builder) throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      builder.header("Cookie", header.toString());
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    response.headers().firstValue("X-Token").ifPresent(t -> token = t);
    return new Answer(response.statusCode(), response.headers().firstValue("X-Instance").orElse(""));
  }
}
