package app.jobmate.localcloud.sns;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.http.HttpExchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SNS's Publish as the SDK's AWS Query protocol sends it, captured and listed newest first. */
class LocalSnsTest {

  @TempDir
  Path data;

  private final List<String> log = new ArrayList<>();

  private static HttpExchange.Request form(String body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
    return new HttpExchange.Request("POST", "/", null, headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", "HTTP/1.1");
  }

  private static String publish(String phone, String message) {
    return "Action=Publish&Version=2010-03-31&PhoneNumber=" + phone.replace("+", "%2B") + "&Message="
        + java.net.URLEncoder.encode(message, StandardCharsets.UTF_8)
        + "&MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&MessageAttributes.entry.1.Value.DataType=String"
        + "&MessageAttributes.entry.1.Value.StringValue=Transactional"
        + "&MessageAttributes.entry.2.Name=AWS.SNS.SMS.SenderID&MessageAttributes.entry.2.Value.DataType=String"
        + "&MessageAttributes.entry.2.Value.StringValue=Jobmate";
  }

  @Test
  void a_text_published_is_captured_logged_kept_in_the_data_directory_and_listed_newest_first() throws Exception {
    LocalSns sns = LocalSns.open(data, log::add);

    HttpExchange.Response first = sns.handle(form(publish("+447700900123", "Jobmate: your 14:00 visit (Boiler) today was cancelled.")));
    sns.handle(form(publish("+447700900456", "second")));

    assertThat(first.status()).isEqualTo(200);
    assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("<PublishResponse").contains("<MessageId>");
    JsonNode listed = Json.parse(sns.handleLocal(new HttpExchange.Request("GET", "/local/text-messages", null,
        Map.of(), new byte[0], "127.0.0.1", "HTTP/1.1")).orElseThrow().body()).get("textMessages");
    assertThat(listed).extracting(t -> t.get("phoneNumber").asText()).containsExactly("+447700900456", "+447700900123");
    assertThat(listed.get(1).get("message").asText()).isEqualTo("Jobmate: your 14:00 visit (Boiler) today was cancelled.");
    assertThat(listed.get(1).get("senderId").asText()).isEqualTo("Jobmate");
    assertThat(listed.get(1).get("smsType").asText()).isEqualTo("Transactional");
    assertThat(Files.readAllLines(data.resolve("text-messages.jsonl"))).hasSize(2);
    assertThat(log).hasSize(2).first().asString().contains("+447700900123").contains("today was cancelled");
  }

  @Test
  void a_topic_another_action_or_an_empty_message_is_refused_as_sns_refuses_it_and_nothing_is_captured() {
    LocalSns sns = LocalSns.open(data, log::add);

    HttpExchange.Response topic = sns.handle(form("Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aeu-west-2%3A1%3At&Message=x"));
    HttpExchange.Response other = sns.handle(form("Action=CreateTopic&Name=t"));
    HttpExchange.Response empty = sns.handle(form("Action=Publish&PhoneNumber=%2B447700900123&Message="));

    assertThat(topic.status()).isEqualTo(400);
    assertThat(new String(topic.body(), StandardCharsets.UTF_8)).contains("<Code>InvalidParameter</Code>");
    assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("<Code>InvalidAction</Code>");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(sns.captured()).isEmpty();
  }

  @Test
  void only_form_posts_without_a_target_are_taken_for_sns() {
    assertThat(LocalSns.isQueryCall(form("Action=Publish"))).isTrue();
    Map<String, List<String>> json = new LinkedHashMap<>();
    json.put("content-type", List.of("application/x-amz-json-1.0"));
    json.put("x-amz-target", List.of("DynamoDB_20120810.GetItem"));
    assertThat(LocalSns.isQueryCall(new HttpExchange.Request("POST", "/", null, json, new byte[0], "127.0.0.1", "HTTP/1.1"))).isFalse();
  }
}
