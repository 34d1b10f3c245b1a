package app.jobmate.lambda.adapter.memory;

import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.lambda.personaldata.MasterKeyContract;

class InMemoryMasterKeyTest extends MasterKeyContract {

  private final InMemoryMasterKey masterKey = new InMemoryMasterKey();

  @Override
  protected MasterKey masterKey() {
    return masterKey;
  }
}
