package org.annals.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The one HTML page of the UI (a small static app: {@code /static/app.js} draws every view from
 * the API). The WebJars' versions are filled in from their Maven metadata, so the pom is the one
 * place that names them.
 */
record Page(String html) {

  static Page load() {
    String template = resource("/org/annals/web/index.html");
    String d3 = "/webjars/d3js/" + webjarVersion("org.webjars", "d3js") + "/d3.min.js";
    String cytoscape =
        "/webjars/cytoscape/" + webjarVersion("org.webjars.npm", "cytoscape") + "/dist/cytoscape.min.js";
    return new Page(template.replace("{{d3}}", d3).replace("{{cytoscape}}", cytoscape));
  }

  static String webjarVersion(String group, String artifact) {
    String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Page.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the WebJar " + group + ":" + artifact + " is not on the classpath (" + path + ")");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    try (InputStream in = Page.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the annals-web jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
