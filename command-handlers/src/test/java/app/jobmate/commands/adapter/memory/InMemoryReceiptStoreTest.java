package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.expenses.ReceiptStore;
import app.jobmate.commands.expenses.ReceiptStoreContract;
import java.time.Instant;

class InMemoryReceiptStoreTest extends ReceiptStoreContract {

  private final InMemoryReceiptStore store = new InMemoryReceiptStore();

  @Override
  protected ReceiptStore store() {
    return store;
  }

  @Override
  protected boolean upload(ReceiptStore.UploadGrant grant, String contentType, byte[] content, Instant at) {
    return store.upload(grant.fields().get("key"), contentType, content, at);
  }
}
