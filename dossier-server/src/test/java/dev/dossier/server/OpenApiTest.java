package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Analysis;
import dev.dossier.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI description lists every routed operation with the parameters it checks, and its references resolve. */
class OpenApiTest {

  @TempDir
  Path dir;

  @Test
  void describesEveryEndpointAndResolvesEveryReference() {
    try (Store store = TestStores.scenario(dir);
        DossierServer server = new DossierServer(store, ServerConfig.defaults(() -> Analysis::of).withPort(0)).start()) {
      JsonNode doc = new Http(server.url()).json("/api/openapi.json");
      assertThat(doc.get("openapi").asText()).startsWith("3.0");
      for (Endpoint e : server.endpoints()) {
        JsonNode op = doc.path("paths").path(e.path()).path(e.method().toLowerCase());
        assertThat(op.isObject()).as(e.method() + " " + e.path()).isTrue();
        List<String> names = op.path("parameters").findValuesAsText("name");
        assertThat(names).containsExactlyElementsOf(e.params().stream().map(Param::name).toList());
        assertThat(op.path("security").isArray()).isEqualTo(e.auth());
      }
      List<String> refs = new ArrayList<>();
      collectRefs(doc, refs);
      assertThat(refs).isNotEmpty();
      for (String ref : refs) {
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
      }
      JsonNode fact = doc.at("/components/schemas/ArticleDocFact/properties");
      assertThat(fact.path("start").path("type").asText()).isEqualTo("integer");
      assertThat(fact.path("links").path("items").path("$ref").asText()).endsWith("ArticleDocEntityLink");
      JsonNode limit = doc.at("/paths/~1api~1articles/get/parameters/1/schema");
      assertThat(limit.path("maximum").asInt()).isEqualTo(Request.MAX_LIMIT);
    }
  }

  private static void collectRefs(JsonNode n, List<String> out) {
    if (n.isObject()) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (f.equals("$ref")) {
          out.add(n.get(f).asText());
        } else {
          collectRefs(n.get(f), out);
        }
      }
    } else if (n.isArray()) {
      n.forEach(c -> collectRefs(c, out));
    }
  }
}
