package app.jobmate.lambda.adapter.memory;

import app.jobmate.lambda.apiclients.ApiClientDirectory;
import app.jobmate.lambda.apiclients.ApiClientDirectoryContract;
import java.time.Clock;

class InMemoryApiClientDirectoryTest extends ApiClientDirectoryContract {

  private final InMemoryApiClientDirectory directory = new InMemoryApiClientDirectory(Clock.systemUTC());

  @Override
  protected ApiClientDirectory directory() {
    return directory;
  }
}
