package app.jobmate.notifications.adapter.sns;

import app.jobmate.events.team.MobileNumber;
import app.jobmate.notifications.diary.texts.TextMessages;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Texts through SNS's Publish to a phone number: transactional (delivered ahead of marketing
 * texts, and at any hour), from the sender id "Jobmate" (UK networks show it instead of a number).
 * Locally the client is pointed at the local cloud, which captures the text.
 */
public final class SnsTextMessages implements TextMessages {

  public static final String SENDER_ID = "Jobmate";
  private static final Map<String, MessageAttributeValue> ATTRIBUTES = Map.of(
      "AWS.SNS.SMS.SMSType", text("Transactional"),
      "AWS.SNS.SMS.SenderID", text(SENDER_ID));

  private final SnsClient sns;

  public SnsTextMessages(SnsClient sns) {
    this.sns = sns;
  }

  @Override
  public void send(MobileNumber to, String body) {
    sns.publish(r -> r.phoneNumber(to.value()).message(body).messageAttributes(ATTRIBUTES));
  }

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
