package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExchangeClustererTest {

  @Test
  void wordsFromDifferentContextsGetDifferentClasses() {
    ExchangeClusterer c = new ExchangeClusterer();
    Random r = new Random(5);
    String[] cities = {"Oslo", "Lima", "Quito", "Riga"};
    String[] verbs = {"runs", "eats", "sleeps", "sings"};
    for (int i = 0; i < 3000; i++) {
      c.add(new String[] {"in", cities[r.nextInt(4)], "."});
      c.add(new String[] {"she", verbs[r.nextInt(4)], "."});
    }
    Map<String, Integer> m = c.cluster(6, 1, 10, null);
    // a class shared by a city and a verb would predict both after "in" and after "she"
    for (String city : cities) {
      for (String verb : verbs) {
        assertThat(m.get(city)).as(city + " / " + verb).isNotEqualTo(m.get(verb));
      }
    }
    assertThat(m).containsKeys("in", "she", ".");
  }
}
