package app.jobmate.projections.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.quotes.adapter.lambda.QuoteQueryFunction;
import app.jobmate.projections.quotes.adapter.mongodb.MongoQuoteQueries;
import app.jobmate.projections.tasks.adapter.lambda.TaskQueryFunction;
import app.jobmate.projections.tasks.adapter.mongodb.MongoTaskQueries;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The read models' database out of reach (a DocumentDB failover, a partition): the queries answer
 * 503 with {@code Retry-After}, which a client tries again, and not 500, which says the request
 * itself broke something. The driver is real; the server it is given refuses every connection.
 */
class QueriesWhileMongoIsAwayTest {

  private final MongoClient unreachable = MongoClients.create("mongodb://127.0.0.1:" + closedPort()
      + "/?serverSelectionTimeoutMS=200&connectTimeoutMS=200");
  private final MongoReadModels readModels = new MongoReadModels(unreachable.getDatabase("jobmate"), ReadSides.ALL);

  @AfterEach
  void close() {
    unreachable.close();
  }

  @Test
  void the_quote_queries_answer_503_to_try_again() {
    MongoQuoteQueries queries = new MongoQuoteQueries(readModels);
    HttpCalls api = new HttpCalls(new QuoteQueryFunction(readModels, queries, queries,
        new app.jobmate.projections.adapter.mongodb.MongoCustomerNames(readModels),
        new app.jobmate.projections.adapter.mongodb.MongoCustomerSites(readModels), Duration.ofMillis(100)));

    for (Answer answer : new Answer[] {api.send(get("GET /quotes", "/quotes")),
        api.send(get("GET /quotes/{quoteId}", "/quotes/0193a5b2-7c41-7d2e-9f3a-000000000001").query("minVersion", "3")),
        api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline").query("from", "2026-01-01")
            .query("to", "2026-12-31"))}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(503);
      assertThat(answer.header("retry-after")).isEqualTo("1");
      assertThat(answer.json().get("type").asText()).isEqualTo("https://jobmate.app/problems/unavailable");
    }
  }

  @Test
  void the_task_queries_answer_503_to_try_again() {
    MongoTaskQueries queries = new MongoTaskQueries(readModels);
    HttpCalls api = new HttpCalls(new TaskQueryFunction(readModels, queries, queries, Duration.ofMillis(100),
        Clock.systemUTC()));

    for (Answer answer : new Answer[] {api.send(get("GET /tasks/mine", "/tasks/mine")),
        api.send(get("GET /tasks/{taskId}", "/tasks/0193a5b2-7c41-7d2e-9f3a-000000000001")),
        api.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee"))}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(503);
      assertThat(answer.header("retry-after")).isEqualTo("1");
    }
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
