package app.jobmate.localcloud;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;
import static app.jobmate.localcloud.template.Intrinsics.REGION;
import static app.jobmate.localcloud.template.Intrinsics.STACK_NAME;

import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.ResourceNames;
import app.jobmate.localcloud.template.Template.Resource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;

/**
 * The local cloud's answer to {@code Ref} and {@code Fn::GetAtt}: names as CloudFormation would give
 * them (the declared name, else the logical id), endpoints on this machine, and well-formed fake ARNs
 * in {@code eu-west-2}, account {@code 000000000000}.
 */
public final class LocalResourceNames implements ResourceNames {

  private final URI sqsEndpoint;
  private final URI apiEndpoint;

  public LocalResourceNames(URI sqsEndpoint, URI apiEndpoint) {
    this.sqsEndpoint = sqsEndpoint;
    this.apiEndpoint = apiEndpoint;
  }

  @Override
  public JsonNode ref(Resource resource, Intrinsics intrinsics) {
    return TextNode.valueOf(switch (resource.type()) {
      case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> tableName(resource, intrinsics);
      case "AWS::SQS::Queue" -> queueUrl(queueName(resource, intrinsics));
      case "AWS::Events::EventBus" -> busName(resource, intrinsics);
      case "AWS::Events::Rule" -> ruleName(resource, intrinsics);
      case "AWS::Serverless::Function", "AWS::Lambda::Function" -> functionName(resource, intrinsics);
      case "AWS::Serverless::HttpApi", "AWS::Serverless::Api", "AWS::Serverless::WebSocketApi", "AWS::ApiGatewayV2::Api" ->
          apiId(resource);
      case "AWS::Cognito::UserPool" -> userPoolId(resource);
      case "AWS::Cognito::UserPoolClient" -> userPoolClientId(resource);
      case "AWS::Cognito::UserPoolDomain" -> declaredOr(resource, "Domain", intrinsics);
      case "AWS::S3::Bucket" -> bucketName(resource, intrinsics);
      default -> resource.logicalId();
    });
  }

  @Override
  public JsonNode getAtt(Resource resource, String attribute, Intrinsics intrinsics) {
    String value = switch (resource.type() + "." + attribute) {
      case "AWS::DynamoDB::Table.Arn", "AWS::Serverless::SimpleTable.Arn" -> tableArn(tableName(resource, intrinsics));
      case "AWS::DynamoDB::Table.StreamArn" -> streamArn(tableName(resource, intrinsics));
      case "AWS::SQS::Queue.Arn" -> queueArn(queueName(resource, intrinsics));
      case "AWS::SQS::Queue.QueueName" -> queueName(resource, intrinsics);
      case "AWS::SQS::Queue.QueueUrl" -> queueUrl(queueName(resource, intrinsics));
      case "AWS::Events::EventBus.Arn" -> busArn(busName(resource, intrinsics));
      case "AWS::Events::EventBus.Name" -> busName(resource, intrinsics);
      case "AWS::Events::Rule.Arn" -> "arn:aws:events:" + REGION + ":" + ACCOUNT_ID + ":rule/" + ruleName(resource, intrinsics);
      case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" -> functionArn(functionName(resource, intrinsics));
      case "AWS::Serverless::HttpApi.ApiEndpoint" -> apiEndpoint.toString();
      case "AWS::Serverless::WebSocketApi.ApiEndpoint" -> webSocketEndpoint();
      case "AWS::ApiGatewayV2::Api.ApiEndpoint" -> "WEBSOCKET".equals(intrinsics.text(resource.properties().get("ProtocolType")))
          ? webSocketEndpoint() : apiEndpoint.toString();
      case "AWS::ApiGatewayV2::Api.ApiId" -> apiId(resource);
      case "AWS::Cognito::UserPool.ProviderName", "AWS::Cognito::UserPool.ProviderURL" ->
          apiEndpoint.getAuthority() + "/local/cognito/" + userPoolId(resource);
      case "AWS::Cognito::UserPool.Arn" ->
          "arn:aws:cognito-idp:" + REGION + ":" + ACCOUNT_ID + ":userpool/" + userPoolId(resource);
      case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + bucketName(resource, intrinsics);
      case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + ACCOUNT_ID + ":role/" + declaredOr(resource, "RoleName", intrinsics);
      default -> attribute.equals("Arn") ? "arn:aws:local:" + REGION + ":" + ACCOUNT_ID + ":" + resource.logicalId()
          : resource.logicalId() + "." + attribute;
    };
    return TextNode.valueOf(value);
  }

  /** In AWS {@code wss://<apiId>.execute-api.<region>.amazonaws.com}; locally the WebSocket path of the API port. */
  private String webSocketEndpoint() {
    return "ws://" + apiEndpoint.getAuthority() + app.jobmate.localcloud.websocket.WebSocketGateway.PATH;
  }

  public static String tableName(Resource table, Intrinsics intrinsics) {
    return declaredOr(table, "TableName", intrinsics);
  }

  /** {@code BucketName}, else (as CloudFormation would, lower-cased) the stack's name and the logical id. */
  public static String bucketName(Resource bucket, Intrinsics intrinsics) {
    String declared = intrinsics.text(bucket.properties().get("BucketName"));
    return declared != null ? declared : (STACK_NAME + "-" + bucket.logicalId()).toLowerCase(java.util.Locale.ROOT);
  }

  public static String queueName(Resource queue, Intrinsics intrinsics) {
    String name = declaredOr(queue, "QueueName", intrinsics);
    boolean fifo = intrinsics.resolve(queue.properties().get("FifoQueue")).asBoolean(false);
    return fifo && !name.endsWith(".fifo") ? name + ".fifo" : name;
  }

  public static String busName(Resource bus, Intrinsics intrinsics) {
    return declaredOr(bus, "Name", intrinsics);
  }

  public static String ruleName(Resource rule, Intrinsics intrinsics) {
    return declaredOr(rule, "Name", intrinsics);
  }

  public static String functionName(Resource function, Intrinsics intrinsics) {
    String declared = intrinsics.text(function.properties().get("FunctionName"));
    return declared != null ? declared : STACK_NAME + "-" + function.logicalId();
  }

  public static String apiId(Resource api) {
    return api.logicalId().toLowerCase(java.util.Locale.ROOT);
  }

  public static String userPoolId(Resource pool) {
    return REGION + "_" + pool.logicalId().replaceAll("[^A-Za-z0-9]", "");
  }

  public static String userPoolClientId(Resource client) {
    return "local" + client.logicalId().replaceAll("[^A-Za-z0-9]", "");
  }

  public static String tableArn(String table) {
    return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT_ID + ":table/" + table;
  }

  public static String streamArn(String table) {
    return tableArn(table) + "/stream/local";
  }

  public static String queueArn(String queue) {
    return "arn:aws:sqs:" + REGION + ":" + ACCOUNT_ID + ":" + queue;
  }

  public static String busArn(String bus) {
    return "arn:aws:events:" + REGION + ":" + ACCOUNT_ID + ":event-bus/" + bus;
  }

  public static String functionArn(String function) {
    return "arn:aws:lambda:" + REGION + ":" + ACCOUNT_ID + ":function:" + function;
  }

  public String queueUrl(String queue) {
    return sqsEndpoint.resolve("/" + ACCOUNT_ID + "/" + queue).toString();
  }

  /** The last part of an ARN: the queue, bus or function it names. */
  public static String nameInArn(String arn) {
    int at = Math.max(arn.lastIndexOf(':'), arn.lastIndexOf('/'));
    return arn.substring(at + 1);
  }

  private static String declaredOr(Resource resource, String property, Intrinsics intrinsics) {
    String declared = intrinsics.text(resource.properties().get(property));
    return declared != null ? declared : resource.logicalId();
  }
}
