package app.jobmate.projections.adapter.lambda;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.ReadModels;

class InMemoryRebuildProjectionTest extends RebuildProjectionContract {

  @Override
  protected ReadModels newStore() {
    return new InMemoryReadModels();
  }
}
