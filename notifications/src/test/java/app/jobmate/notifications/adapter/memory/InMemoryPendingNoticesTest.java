package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.push.PendingNotices;
import app.jobmate.notifications.push.PendingNoticesContract;

class InMemoryPendingNoticesTest extends PendingNoticesContract {

  @Override
  protected PendingNotices pendingNotices() {
    return new InMemoryPendingNotices(clock, LEASE);
  }
}
