package app.jobmate.notifications.diary.texts;

import app.jobmate.events.team.MobileNumber;

/**
 * Where text messages go out: SNS's SMS in AWS (transactional, sender id "Jobmate"), the local
 * cloud's capture of SNS locally, a list in memory for tests.
 */
public interface TextMessages {

  /**
   * Sends {@code body} (at most 160 GSM characters) to {@code to}.
   *
   * @throws RuntimeException when it was not accepted: the caller gives its claim back, and a retry sends it
   */
  void send(MobileNumber to, String body);
}
