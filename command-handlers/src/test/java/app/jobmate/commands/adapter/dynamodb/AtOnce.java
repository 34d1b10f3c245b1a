package app.jobmate.commands.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Contenders of a race test, each on a thread of its own, released at the same moment. */
final class AtOnce {

  private AtOnce() {
  }

  /** What each contender answered, in the order given; a contender's exception fails the race. */
  static <T> List<T> run(List<? extends Callable<T>> contenders) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> contender : contenders) {
        futures.add(pool.submit(() -> {
          start.await();
          return contender.call();
        }));
      }
      start.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
