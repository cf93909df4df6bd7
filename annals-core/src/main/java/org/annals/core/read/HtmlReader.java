package org.annals.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.core.read.Origin.DateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Internal: a news web page to its article. jsoup parses the page (any markup, any charset the
 * page declares); the body is found in this order: an {@code itemprop=articleBody} element, the
 * {@code <article>} with the most paragraph text, the schema.org JSON-LD {@code articleBody}, then
 * the element whose paragraphs carry the most text that is not links (text density). Navigation,
 * asides, footers, forms, dialogs and elements whose class or id names boilerplate (comments,
 * cookie banners, related articles, share bars, newsletters, ads) are removed first. The title
 * comes from JSON-LD {@code headline}, {@code og:title}, the first {@code <h1>}, then {@code
 * <title>}; the date from JSON-LD {@code datePublished}, the publication meta tags, {@code <time
 * datetime>}, then the URL, in that order ({@link Origin#dateSource()} says which). Stateless.
 */
final class HtmlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fewer characters than this in an {@code <article>} is a teaser card, not the article. */
  private static final int MIN_ARTICLE_CHARS = 150;

  /**
   * Parts of class names and ids (split at {@code -}, {@code _}, case-folded) that always name
   * boilerplate: such an element goes unless it holds the title or the article itself.
   */
  private static final Set<String> STRONG_BOILERPLATE =
      Set.of(
          "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "related",
          "newsletter", "recommended", "recommendations", "trending", "outbrain", "taboola",
          "popular", "mostread", "readmore", "breadcrumb", "breadcrumbs", "signup", "subscribe",
          "paywall", "modal", "popup", "banner");

  /**
   * Parts that usually name boilerplate but also appear on article wrappers ({@code
   * story-body has-social-tools}): such an element also stays when it holds most of the page's
   * paragraph text.
   */
  private static final Set<String> WEAK_BOILERPLATE =
      Set.of(
          "share", "sharing", "social", "promo", "advert", "advertisement", "ad", "ads", "adslot",
          "sidebar", "subscription", "masthead", "navbar", "nav", "menu", "byline", "dateline",
          "meta", "author", "widget", "sponsored", "footer", "toolbar", "tags");

  private static final Set<String> BLOCKS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd");

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
          "liveblogposting", "report", "socialmediaposting");

  /** Lines that are page furniture even inside an article. */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)^(advertisement|ad|sponsored|read more|read more:.*|related:.*|see also:.*"
              + "|sign up.*newsletter.*|subscribe.*|share this.*|follow us.*|scroll to continue.*)$");

  private static final String[] DATE_META = {
    "article:published_time", "og:article:published_time", "datePublished", "date",
    "pubdate", "publishdate", "publish-date", "publication_date", "article.published",
    "sailthru.date", "parsely-pub-date", "dc.date.issued", "DC.date.issued", "dcterms.created",
    "dcterms.date", "DC.date", "dc.date", "original-publish-date", "cXenseParse:recs:publishtime"
  };

  private HtmlReader() {}

  /** The page's parts that decide the document, before any text is chosen. */
  private record Meta(
      Optional<String> title,
      Optional<String> date,
      DateSource dateSource,
      Optional<String> canonical,
      Optional<String> articleBody) {}

  /** A date and where it came from. */
  record Dated(LocalDate date, DateSource source) {}

  /**
   * Reads a page.
   *
   * @param source where the bytes came from (path, or WARC file and record)
   * @param id the document id
   * @param pageUrl the URL the page was fetched from (a WARC record's target), if known
   * @param captureDate the date the page was fetched (a WARC record's date), the last resort
   */
  static ReadOutcome.Ok read(
      String source,
      String id,
      byte[] bytes,
      Optional<String> pageUrl,
      Optional<LocalDate> captureDate,
      ReadOptions opts)
      throws ReadProblem {
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, pageUrl.orElse(""));
    } catch (IOException | RuntimeException e) {
      throw new ReadProblem("malformed HTML: " + ReadProblem.oneLine(String.valueOf(e.getMessage())));
    }
    return read(source, id, page, pageUrl, captureDate, opts);
  }

  private static ReadOutcome.Ok read(
      String source,
      String id,
      org.jsoup.nodes.Document page,
      Optional<String> pageUrl,
      Optional<LocalDate> captureDate,
      ReadOptions opts)
      throws ReadProblem {
    Optional<JsonNode> ld = jsonLdArticle(page);
    Optional<String> canonical = canonical(page, ld, pageUrl);
    removeBoilerplate(page);
    Element body = page.body();
    Optional<Element> candidate = candidate(body);
    String text;
    if (candidate.isPresent()) {
      text = paragraphs(candidate.get());
    } else {
      text = ld.flatMap(n -> textField(n, "articleBody")).map(HtmlReader::plainParagraphs).orElse("");
      if (text.isBlank()) {
        text = paragraphs(densest(body).orElse(body));
      }
    }
    if (text.isBlank()) {
      throw new ReadProblem("no article text found in the page");
    }
    if (text.length() > opts.maxChars()) {
      throw ReadProblem.tooLarge(text.length(), opts.maxChars());
    }
    String title = title(page, ld, candidate).orElse("");
    Optional<String> dateUrl = canonical.or(() -> pageUrl).or(() -> Optional.of(source));
    Dated dated = date(page, ld, candidate, dateUrl, captureDate, opts);
    List<String> warnings = new ArrayList<>();
    if (dated.source() == DateSource.CAPTURE) {
      warnings.add("the page has no publication date; dated by its capture date " + dated.date());
    }
    warnings.addAll(EnglishCheck.warnings(text));
    org.annals.model.Document doc =
        org.annals.model.Document.of(id, dated.date(), title, canonical.orElse(source), text);
    return new ReadOutcome.Ok(
        doc, warnings, Optional.of(new Origin(DocumentReaders.Format.HTML, dated.source(), canonical)));
  }

  /**
   * The text of an HTML fragment (a feed item's content): its paragraphs, one blank line apart.
   */
  static String fragmentText(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
    removeBoilerplate(doc);
    return paragraphs(doc.body());
  }

  // --- metadata ---

  private static Optional<JsonNode> jsonLdArticle(org.jsoup.nodes.Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (IOException | RuntimeException e) {
        continue; // a broken JSON-LD block is common and harmless: the page has other signals
      }
      Optional<JsonNode> found = findArticle(root, 0);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
    if (node == null || depth > 8) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<JsonNode> found = findArticle(item, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isArticleType(node.get("@type"))) {
      return Optional.of(node);
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual()
        && ARTICLE_TYPES.contains(type.textValue().replaceFirst("^.*[/:]", "").toLowerCase(Locale.ROOT));
  }

  private static Optional<String> textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value != null && value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    if (value != null && value.isObject()) {
      value = value.get("@id");
    }
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue().strip())
        : Optional.empty();
  }

  private static Optional<String> meta(org.jsoup.nodes.Document page, String key) {
    for (Element m : page.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String content = m.attr("content").strip();
        if (!content.isEmpty()) {
          return Optional.of(content);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canonical(
      org.jsoup.nodes.Document page, Optional<JsonNode> ld, Optional<String> pageUrl) {
    Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    List<String> candidates = new ArrayList<>();
    if (link != null) {
      candidates.add(link.attr("abs:href"));
      candidates.add(link.attr("href"));
    }
    meta(page, "og:url").ifPresent(candidates::add);
    ld.flatMap(n -> textField(n, "url")).ifPresent(candidates::add);
    ld.flatMap(n -> textField(n, "mainEntityOfPage")).ifPresent(candidates::add);
    pageUrl.ifPresent(candidates::add);
    for (String c : candidates) {
      String u = c.strip();
      if (u.length() < 2048 && u.matches("(?i)https?://[^\\s/]+\\S*")) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> title(
      org.jsoup.nodes.Document page, Optional<JsonNode> ld, Optional<Element> candidate) {
    Optional<String> t = ld.flatMap(n -> textField(n, "headline"));
    t = t.or(() -> meta(page, "og:title")).or(() -> meta(page, "twitter:title"));
    if (t.isEmpty()) {
      Element h1 = candidate.map(c -> c.selectFirst("h1")).orElse(null);
      if (h1 == null) {
        h1 = page.selectFirst("h1");
      }
      if (h1 != null && !h1.text().isBlank()) {
        t = Optional.of(h1.text());
      }
    }
    if (t.isEmpty() && !page.title().isBlank()) {
      t = Optional.of(withoutSiteName(page.title()));
    }
    return t.map(s -> Parser.unescapeEntities(s, false).strip().replaceAll("\\s+", " "));
  }

  /** {@code Headline | Site}, {@code Headline - Site}: the longest part. */
  private static String withoutSiteName(String title) {
    String best = title;
    String[] parts = title.split("\\s+[|\u2013\u2014-]\\s+");
    if (parts.length > 1) {
      best = parts[0];
      for (String p : parts) {
        if (p.strip().length() > best.strip().length()) {
          best = p;
        }
      }
    }
    return best.strip();
  }

  private static Dated date(
      org.jsoup.nodes.Document page,
      Optional<JsonNode> ld,
      Optional<Element> candidate,
      Optional<String> url,
      Optional<LocalDate> captureDate,
      ReadOptions opts)
      throws ReadProblem {
    for (String field : new String[] {"datePublished", "dateCreated"}) {
      Optional<LocalDate> d = ld.flatMap(n -> textField(n, field)).flatMap(WebDates::parse);
      if (d.isPresent()) {
        return new Dated(d.get(), DateSource.JSON_LD);
      }
    }
    for (String key : DATE_META) {
      Optional<LocalDate> d = meta(page, key).flatMap(WebDates::parse);
      if (d.isPresent()) {
        return new Dated(d.get(), DateSource.META);
      }
    }
    Optional<LocalDate> time = timeElement(page, candidate);
    if (time.isPresent()) {
      return new Dated(time.get(), DateSource.TIME_ELEMENT);
    }
    Optional<LocalDate> inUrl = url.flatMap(WebDates::fromUrl);
    if (inUrl.isPresent()) {
      return new Dated(inUrl.get(), DateSource.URL);
    }
    if (captureDate.isPresent()) {
      return new Dated(captureDate.get(), DateSource.CAPTURE);
    }
    return opts.date()
        .map(d -> new Dated(d, DateSource.OPTION))
        .orElseThrow(
            () ->
                new ReadProblem(
                    "no date: the page has no publication date (JSON-LD, meta tag, <time>, URL)"
                        + " and no --date was given"));
  }

  /**
   * The {@code <time>} that dates the article: one marked as the publication date, else the first
   * in the article, else the first in the page (comment threads are already removed).
   */
  private static Optional<LocalDate> timeElement(
      org.jsoup.nodes.Document page, Optional<Element> candidate) {
    List<Element> ordered = new ArrayList<>();
    ordered.addAll(page.select("time[itemprop~=(?i)datePublished], time[pubdate], time[class~=(?i)publish]"));
    candidate.ifPresent(c -> ordered.addAll(c.select("time")));
    ordered.addAll(page.select("time"));
    for (Element t : ordered) {
      Optional<LocalDate> d = WebDates.parse(t.attr("datetime"));
      if (d.isEmpty() && !t.hasAttr("datetime")) {
        d = WebDates.parse(t.text());
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  // --- the body ---

  private static void removeBoilerplate(org.jsoup.nodes.Document page) {
    page.select(
            "script, style, noscript, template, iframe, svg, canvas, form, button, input, select,"
                + " textarea, nav, aside, footer, dialog, figure, picture, video, audio, object,"
                + " embed, [hidden], [aria-hidden=true], [role~=(?i)^(navigation|banner|contentinfo"
                + "|complementary|dialog|alertdialog|search|menu|menubar)$]")
        .remove();
    Element body = page.body();
    if (body == null) {
      return;
    }
    int pageText = paragraphChars(body);
    // outermost first; an element holding the title or the article itself (a page wrapper) stays
    for (Element el : body.getAllElements()) {
      if (el == body || el.parent() == null) {
        continue;
      }
      int kind = boilerplateKind(el);
      if (kind == 0) {
        continue;
      }
      if (el.is("article, main, h1, [itemprop=articleBody]")
          || !el.select("article, main, h1, [itemprop=articleBody]").isEmpty()) {
        continue;
      }
      if (kind == 1 && pageText > 0 && paragraphChars(el) * 2 > pageText) {
        continue;
      }
      el.remove();
    }
  }

  /** 2: the class or id names boilerplate; 1: probably boilerplate; 0: no. */
  private static int boilerplateKind(Element el) {
    String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return 0;
    }
    if (names.contains("read-more") || names.contains("more-stories")) {
      return 2;
    }
    int kind = 0;
    for (String token : names.split("[\\s_-]+")) {
      if (STRONG_BOILERPLATE.contains(token)) {
        return 2;
      }
      if (WEAK_BOILERPLATE.contains(token)) {
        kind = 1;
      }
    }
    return kind;
  }

  /** The element that holds the article: articleBody markup, else the richest {@code <article>}. */
  private static Optional<Element> candidate(Element body) {
    if (body == null) {
      return Optional.empty();
    }
    Element best = null;
    int bestChars = MIN_ARTICLE_CHARS - 1;
    for (Element el : body.select("[itemprop=articleBody], article")) {
      int chars = paragraphChars(el);
      // an articleBody counts double: it is the publisher's own marking of the text
      int score = el.is("[itemprop=articleBody]") ? chars * 2 : chars;
      if (chars >= MIN_ARTICLE_CHARS && score > bestChars) {
        best = el;
        bestChars = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The element whose direct paragraphs have the most text outside links. */
  private static Optional<Element> densest(Element body) {
    if (body == null) {
      return Optional.empty();
    }
    Element best = null;
    double bestScore = 0;
    for (Element el : body.getAllElements()) {
      double score = 0;
      for (Element child : el.children()) {
        if (child.is("p, blockquote, pre")) {
          String t = child.text();
          score += t.length() * (1 - linkDensity(child, t));
        }
      }
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int paragraphChars(Element el) {
    int n = 0;
    for (Element p : el.select("p")) {
      String t = p.text();
      n += (int) Math.round(t.length() * (1 - linkDensity(p, t)));
    }
    return n;
  }

  private static double linkDensity(Element el, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int linked = 0;
    for (Element a : el.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / text.length());
  }

  /** The block texts of {@code root} (outermost blocks only), one blank line apart. */
  private static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    collect(root, out);
    if (out.isEmpty()) {
      String t = root.text().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return String.join("\n\n", out);
  }

  private static void collect(Element el, List<String> out) {
    for (Element child : el.children()) {
      String tag = child.normalName();
      if (tag.equals("h1") || tag.equals("header") || tag.equals("time") || tag.equals("address")) {
        continue; // title, byline and dateline are metadata, not body
      }
      if (BLOCKS.contains(tag)) {
        String t = child.text().strip();
        if (t.isEmpty() || FURNITURE_LINE.matcher(t).matches()) {
          continue;
        }
        if (linkDensity(child, t) > 0.5 && t.length() < 300) {
          continue; // a list of links
        }
        out.add(t);
      } else {
        collect(child, out);
      }
    }
  }

  /** Plain text (a JSON-LD articleBody) as paragraphs: blank-line separated, whitespace folded. */
  private static String plainParagraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
      String t = p.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return String.join("\n\n", out);
  }
}
