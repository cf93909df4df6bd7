package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/** openapi.json describes exactly the server's routes, and each is answered (not 404/405) by a running server. */
class OpenApiTest {

  @Test
  void every_route_is_described_and_nothing_else() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(OpenApi.json());
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    Set<String> described = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        described.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey());
        JsonNode op = p.getValue().path(method);
        assertThat(op.path("summary").asText()).as(method + " " + p.getKey()).isNotBlank();
        assertThat(op.path("responses").size()).as(method + " " + p.getKey()).isPositive();
      }
    }
    Set<String> served = new TreeSet<>();
    Api api = new Api(null, null, new Semaphore(1), 1024);
    AnnalsServer.routes(api).forEach(r -> served.add(r.method().name() + " " + r.path()));
    assertThat(described).isEqualTo(served);
  }
}
