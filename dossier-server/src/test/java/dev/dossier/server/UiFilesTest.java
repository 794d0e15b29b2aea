package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The UI's files keep to the rules the Content-Security-Policy enforces and the escaping relies
 * on: no inline script or style in the page, no HTML parsing of strings in the scripts.
 */
class UiFilesTest {

  private final Assets assets = new Assets();

  @Test
  void thePageHasNoInlineScriptStyleOrHandlers() {
    String html = text(Assets.SHELL);
    Matcher m = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
    int scripts = 0;
    while (m.find()) {
      scripts++;
      assertThat(m.group(1)).contains("src=\"/static/");
      assertThat(m.group(2)).isBlank();
    }
    assertThat(scripts).isEqualTo(8);
    assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContainPattern("(?i)<style|\\sstyle=")
        .doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void scriptsNeverParseStringsAsHtml() {
    for (String name : assets.names()) {
      if (!name.endsWith(".js")) {
        continue;
      }
      String js = text(name).replace("http://www.w3.org/2000/svg", "");
      assertThat(js).as(name).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
          .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function")
          .doesNotContain("DOMParser").doesNotContain("createContextualFragment").doesNotContain("setAttribute('style'")
          .doesNotContain("http://").doesNotContain("https://");
    }
  }

  @Test
  void unlistedFilesAreNotServed() {
    assertThat(assets.get("../Json.class")).isNull();
    assertThat(assets.get("index.html")).isNotNull();
  }

  private String text(String name) {
    return new String(assets.get(name).bytes(), StandardCharsets.UTF_8);
  }
}
