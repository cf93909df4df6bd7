package org.annals.web;

/**
 * The OpenAPI 3 description of the API, a hand-written resource ({@code openapi.json}); a test
 * checks that it describes every route the server has and nothing else.
 */
final class OpenApi {
  private static final String JSON = Page.resource("/org/annals/web/openapi.json");

  private OpenApi() {}

  static String json() {
    return JSON;
  }
}
