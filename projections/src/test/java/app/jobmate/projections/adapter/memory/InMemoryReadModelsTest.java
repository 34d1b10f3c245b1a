package app.jobmate.projections.adapter.memory;

import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.ReadModelsContract;

class InMemoryReadModelsTest extends ReadModelsContract {

  @Override
  protected ReadModels newStore() {
    return new InMemoryReadModels();
  }
}
