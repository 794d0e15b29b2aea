package dev.dossier.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * A Lucene 9 index of the stored articles: title and text for full text ({@link NewsAnalyzer},
 * every word required), filter fields, and sorted-set facets for outlet, actor, month and source
 * kind. One document per article id.
 *
 * <p>Each commit records in its user data ({@value #WATERMARK}) the highest article sequence
 * number whose document it holds; the store re-indexes every article above it on open. The
 * writer never commits on its own ({@code commitOnClose} is off), so a commit point never holds
 * a document beyond its watermark's promise. Not thread-safe: the store serialises calls.
 */
public final class LuceneIndex implements TextSearch {

  static final String WATERMARK = "dossier.indexed_seq";
  /** A commit costs a flush and fsyncs; after a kill the store re-indexes what it lacks. */
  private static final int COMMIT_DOCS = 20_000;
  private static final long COMMIT_NANOS = 30_000_000_000L;

  private static final String ID = "id";
  private static final String SEQ = "seq";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String OUTLET_KEY = "outlet_key";
  private static final String DAY = "day";
  private static final String ACTOR = "actor";
  private static final String SOURCE_KIND = "source_kind";

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = new FacetsConfig();
  private final NewsAnalyzer analyzer = new NewsAnalyzer();
  private long watermark;
  private int uncommitted;
  private long lastCommit = System.nanoTime();
  private IndexReader stateReader;
  private SortedSetDocValuesReaderState state;

  private LuceneIndex(Directory dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    facets.setMultiValued(SearchResult.ACTOR, true);
    facets.setMultiValued(SearchResult.SOURCE_KIND, true);
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    watermark = data.containsKey(WATERMARK) ? Long.parseLong(data.get(WATERMARK)) : 0;
  }

  /**
   * Opens (or creates) the index in {@code path}.
   *
   * @throws IOException if it cannot be opened, for example because another process holds it
   */
  public static LuceneIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig cfg = new IndexWriterConfig(new NewsAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(64);
    try {
      return new LuceneIndex(dir, new IndexWriter(dir, cfg));
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IOException("the search index " + path + " is in use by another process", e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  @Override
  public long watermark() {
    return watermark;
  }

  @Override
  public void index(IndexDoc d) {
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    doc.add(new LongPoint(SEQ, d.seq()));
    doc.add(new StoredField(SEQ, d.seq()));
    if (d.title() != null) {
      doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
    }
    doc.add(new TextField(TEXT, d.text(), Field.Store.NO));
    if (d.outlet() != null) {
      doc.add(new StringField(OUTLET_KEY, d.outlet().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    doc.add(new SortedSetDocValuesFacetField(SearchResult.OUTLET, d.outlet() == null ? "(unknown)" : d.outlet()));
    if (d.day() != null) {
      doc.add(new LongPoint(DAY, d.day().toEpochDay()));
      doc.add(new NumericDocValuesField(DAY, d.day().toEpochDay()));
      doc.add(new SortedSetDocValuesFacetField(SearchResult.MONTH, d.day().toString().substring(0, 7)));
    } else {
      // the same point and doc-values schema as dated articles (Lucene refuses a field whose points
      // come and go); range queries start at Long.MIN_VALUE + 1, so undated articles never match one
      doc.add(new LongPoint(DAY, Long.MIN_VALUE));
      doc.add(new NumericDocValuesField(DAY, Long.MIN_VALUE));
      doc.add(new SortedSetDocValuesFacetField(SearchResult.MONTH, "(undated)"));
    }
    for (long a : d.actors()) {
      doc.add(new StringField(ACTOR, Long.toString(a), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(SearchResult.ACTOR, Long.toString(a)));
    }
    for (String k : d.sourceKinds()) {
      doc.add(new StringField(SOURCE_KIND, k, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(SearchResult.SOURCE_KIND, k));
    }
    try {
      writer.updateDocument(new Term(ID, d.id()), facets.build(doc));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + d.id() + ": " + e.getMessage(), e);
    }
    uncommitted++;
  }

  @Override
  public void delete(String id) {
    try {
      writer.deleteDocuments(new Term(ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    uncommitted++;
  }

  @Override
  public void commit(long seq) {
    if (uncommitted == 0 && seq == watermark) {
      return;
    }
    try {
      writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(seq)).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
    }
    watermark = seq;
    uncommitted = 0;
    lastCommit = System.nanoTime();
  }

  @Override
  public void commitIfDue(long seq) {
    if (uncommitted >= COMMIT_DOCS || System.nanoTime() - lastCommit >= COMMIT_NANOS) {
      commit(seq);
    }
  }

  @Override
  public Hits search(Connection db, SearchQuery q, Set<Long> actorIds) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        Query query = query(q, actorIds);
        long total = s.count(query);
        FacetsCollectorManager fcm = new FacetsCollectorManager();
        int n = q.offset() + q.limit();
        FacetsCollectorManager.FacetsResult res;
        TopDocs top;
        if (q.byDate() || q.matchAll()) {
          Sort sort = new Sort(new SortField(DAY, SortField.Type.LONG, true), new SortField(null, SortField.Type.DOC, true));
          res = FacetsCollectorManager.search(s, query, n, sort, fcm);
        } else {
          res = FacetsCollectorManager.search(s, query, n, fcm);
        }
        top = res.topDocs();
        List<Long> seqs = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = q.offset(); i < docs.length; i++) {
          Document d = s.storedFields().document(docs[i].doc, Set.of(SEQ));
          seqs.add(d.getField(SEQ).numericValue().longValue());
          scores.add(q.byDate() || q.matchAll() ? 0.0 : (double) docs[i].score);
        }
        return new Hits(total, seqs, scores, facetCounts(s.getIndexReader(), res.facetsCollector()));
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private Map<String, List<FacetCount>> facetCounts(IndexReader reader, FacetsCollector fc) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (reader.numDocs() == 0) {
      return out;
    }
    if (reader != stateReader) {
      state = new DefaultSortedSetDocValuesReaderState(reader, facets);
      stateReader = reader;
    }
    Facets f = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : SearchResult.DIMENSIONS) {
      FacetResult r;
      try {
        r = f.getTopChildren(10, dim);
      } catch (IllegalArgumentException e) {
        r = null; // no document has this dimension yet
      }
      List<FacetCount> counts = new ArrayList<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private Query query(SearchQuery q, Set<Long> actorIds) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (q.matchAll()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      b.add(parse(q.text()), BooleanClause.Occur.MUST);
    }
    if (actorIds != null) {
      List<BytesRef> terms = new ArrayList<>();
      actorIds.forEach(a -> terms.add(new BytesRef(Long.toString(a))));
      b.add(new TermInSetQuery(ACTOR, terms), BooleanClause.Occur.FILTER);
    }
    if (q.outlet() != null) {
      b.add(new TermQuery(new Term(OUTLET_KEY, q.outlet().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE + 1 : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (q.sourceKind() != null) {
      b.add(new TermQuery(new Term(SOURCE_KIND, q.sourceKind().name())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Query parse(String text) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer,
        Map.of(TITLE, 2.0f, TEXT, 1.0f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(text);
    } catch (ParseException | IllegalArgumentException e) {
      // not query syntax: the words as written (operators lower-cased, so "AND" alone is a word)
      try {
        return p.parse(QueryParser.escape(text.toLowerCase(Locale.ROOT)));
      } catch (ParseException | IllegalArgumentException e2) {
        throw new IllegalArgumentException("cannot parse the query '" + text + "' (words, \"a phrase\", AND, OR,"
            + " NOT, a trailing * and field:word are understood)", e2);
      }
    }
  }

  @Override
  public Map<String, Long> indexed(Connection db) {
    Map<String, Long> out = new HashMap<>();
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          var stored = leaf.reader().storedFields();
          for (int i = 0; i < leaf.reader().maxDoc(); i++) {
            if (live != null && !live.get(i)) {
              continue;
            }
            Document d = stored.document(i);
            Long prev = out.put(d.get(ID), d.getField(SEQ).numericValue().longValue());
            if (prev != null) {
              out.put(d.get(ID) + "#duplicate", prev);
            }
          }
        }
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The committed documents, as a fresh reader of the last commit sees them (for tests). */
  public int committedDocs() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return r.numDocs();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.rollback(); // everything wanted was committed by the store; never commit implicitly
    } finally {
      dir.close();
    }
  }
}
