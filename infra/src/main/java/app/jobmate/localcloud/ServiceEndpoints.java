package app.jobmate.localcloud;

import app.jobmate.localcloud.dynamodb.DynamoWire;
import app.jobmate.localcloud.dynamodb.LocalDynamoDb;
import app.jobmate.localcloud.events.LocalEventBridge;
import app.jobmate.localcloud.http.HttpExchange;
import app.jobmate.localcloud.identity.LocalCognitoIdp;
import app.jobmate.localcloud.kms.LocalKms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS JSON-protocol services on the local cloud's service port, chosen by {@code X-Amz-Target}:
 * DynamoDB, EventBridge, Cognito's user pools API and KMS; and SNS's AWS Query calls (a form with
 * an {@code Action}, no target), whose texts are captured.
 */
final class ServiceEndpoints {

  private volatile LocalDynamoDb dynamoDb;
  private volatile LocalEventBridge eventBridge;
  private volatile LocalCognitoIdp userPools;
  private volatile LocalKms kms;
  private volatile app.jobmate.localcloud.sns.LocalSns sns;

  void serve(LocalDynamoDb dynamoDb, LocalEventBridge eventBridge) {
    this.dynamoDb = dynamoDb;
    this.eventBridge = eventBridge;
  }

  void serve(LocalCognitoIdp userPools) {
    this.userPools = userPools;
  }

  void serve(LocalKms kms) {
    this.kms = kms;
  }

  void serve(app.jobmate.localcloud.sns.LocalSns sns) {
    this.sns = sns;
  }

  HttpExchange.Response handle(HttpExchange.Request request) {
    if (sns != null && app.jobmate.localcloud.sns.LocalSns.isQueryCall(request)) {
      return sns.handle(request);
    }
    String target = request.header("x-amz-target").orElse("");
    if (target.startsWith("DynamoDB_20120810.") && dynamoDb != null) {
      DynamoWire.Response response = dynamoDb.handle(target, request.headers(), request.body());
      Map<String, List<String>> headers = new LinkedHashMap<>();
      response.headers().forEach((name, values) -> {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("content-type") || lower.startsWith("x-amz")) {
          headers.put(lower, new ArrayList<>(values));
        }
      });
      return new HttpExchange.Response(response.status(), headers, response.body());
    }
    if (target.startsWith(LocalEventBridge.TARGET_PREFIX) && eventBridge != null) {
      LocalEventBridge.Answer answer = eventBridge.handle(target, request.body());
      HttpExchange.Response response = HttpExchange.Response.json(answer.status(), Json.text(answer.body()));
      response.headers().put("content-type", new ArrayList<>(List.of("application/x-amz-json-1.1")));
      return response.withHeader("x-amzn-requestid", java.util.UUID.randomUUID().toString());
    }
    if (target.startsWith(LocalCognitoIdp.TARGET_PREFIX) && userPools != null) {
      LocalCognitoIdp.Answer answer = userPools.handle(target, request.body());
      HttpExchange.Response response = HttpExchange.Response.json(answer.status(), Json.text(answer.body()));
      response.headers().put("content-type", new ArrayList<>(List.of("application/x-amz-json-1.1")));
      return response.withHeader("x-amzn-requestid", java.util.UUID.randomUUID().toString());
    }
    if (target.startsWith(LocalKms.TARGET_PREFIX) && kms != null) {
      LocalKms.Answer answer = kms.handle(target, request.body());
      HttpExchange.Response response = HttpExchange.Response.json(answer.status(), Json.text(answer.body()));
      response.headers().put("content-type", new ArrayList<>(List.of("application/x-amz-json-1.1")));
      return response.withHeader("x-amzn-requestid", java.util.UUID.randomUUID().toString());
    }
    return HttpExchange.Response.json(400, "{\"__type\":\"UnknownOperationException\",\"message\":\"the local cloud does not serve "
        + target.replace("\"", "") + "\"}");
  }
}
