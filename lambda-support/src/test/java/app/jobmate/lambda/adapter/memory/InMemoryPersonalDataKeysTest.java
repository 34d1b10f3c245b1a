package app.jobmate.lambda.adapter.memory;

import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataKeysContract;

class InMemoryPersonalDataKeysTest extends PersonalDataKeysContract {

  @Override
  protected PersonalDataKeys keys() {
    return new InMemoryPersonalDataKeys();
  }
}
