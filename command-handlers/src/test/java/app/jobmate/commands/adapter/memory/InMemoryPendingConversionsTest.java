package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.conversion.PendingConversions;
import app.jobmate.commands.conversion.PendingConversionsContract;

class InMemoryPendingConversionsTest extends PendingConversionsContract {

  private final InMemoryPendingConversions pending = new InMemoryPendingConversions();

  @Override
  protected PendingConversions pending() {
    return pending;
  }
}
