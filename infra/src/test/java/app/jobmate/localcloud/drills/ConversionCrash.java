package app.jobmate.localcloud.drills;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The job function dying between the two appends of a quote's conversion, as a Lambda execution
 * environment killed mid-run: armed, every PutItem of a quote's commit that the job function's own
 * threads ({@code fn-JobCommandFunction-*}) make ends the invocation with an {@link Error} that
 * nothing in it catches. The intent and the job's stream are written before it (that order is the
 * design: docs/decisions/converting-a-quote.md), the quote's {@code QuoteConvertedToJob} never is.
 * Loaded into every SDK client of this JVM like {@link RelayCrash}.
 */
public final class ConversionCrash implements ExecutionInterceptor {

  /** What the crash ended: the job function's invocation, between its two appends. */
  static final class Crashed extends Error {
    Crashed() {
      super("the job function's execution environment died between the job's and the quote's appends (a drill)");
    }
  }

  private static final String JOB_FUNCTION_THREADS = "fn-JobCommandFunction-";
  private static volatile boolean armed;
  private static final AtomicInteger crashes = new AtomicInteger();

  static void arm() {
    crashes.set(0);
    armed = true;
  }

  static void disarm() {
    armed = false;
  }

  /** How many invocations it ended since it was armed. */
  static int crashes() {
    return crashes.get();
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (!armed || !Thread.currentThread().getName().startsWith(JOB_FUNCTION_THREADS)
        || !"PutItem".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
      return;
    }
    if (quotesCommit(context.request())) {
      crashes.incrementAndGet();
      throw new Crashed();
    }
  }

  private static boolean quotesCommit(SdkRequest request) {
    if (request instanceof PutItemRequest put) {
      AttributeValue stream = put.item().get("stream");
      return stream != null && stream.s() != null && stream.s().contains("#quote#");
    }
    return false;
  }
}
