package app.jobmate.projections.adapter.lambda;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.ReadModels;

class InMemoryProjectorReliabilityTest extends ProjectorReliabilityContract {

  @Override
  protected ReadModels newStore() {
    return new InMemoryReadModels();
  }
}
