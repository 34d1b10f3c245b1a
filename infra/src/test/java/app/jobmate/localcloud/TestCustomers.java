package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The customer the end-to-end tests' quotes are for: quotes are drafted only for customers in the
 * book, so it is entered (once per cloud and signed-in caller's business) before the first draft.
 */
final class TestCustomers {

  static final String CUSTOMER = "0193a5b2-7c41-7d2e-9f3a-00000000c001";
  static final String SITE = "0193a5b2-7c41-7d2e-9f3a-0000000051e1";

  private static final Map<LocalCloud, Set<String>> ENTERED = Collections.synchronizedMap(new WeakHashMap<>());

  private TestCustomers() {
  }

  /** {@link #CUSTOMER}, in the book of the business {@code token} signs in to. */
  static String inBook(LocalCloud cloud, String token) {
    Set<String> entered = ENTERED.computeIfAbsent(cloud, c -> Collections.synchronizedSet(new HashSet<>()));
    if (entered.add(token)) {
      HttpResponse<String> answer = Http.send(Http.to(cloud, "/customers").header("authorization", "Bearer " + token)
          .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
              {"customerId": "%s", "kind": "company", "name": "Hill Street Lettings",
               "sites": [{"siteId": "%s", "address": {"lines": ["9 Hill Street"], "town": "Leeds", "postcode": "LS1 1AA"}}]}
              """.formatted(CUSTOMER, SITE))));
      assertThat(answer.statusCode() == 201 || answer.body().contains("customer.exists"))
          .as("entering the test customer: %s %s", answer.statusCode(), answer.body()).isTrue();
    }
    return CUSTOMER;
  }
}
