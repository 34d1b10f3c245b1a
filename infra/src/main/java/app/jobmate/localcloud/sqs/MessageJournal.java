package app.jobmate.localcloud.sqs;

import java.util.function.Consumer;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.Props;
import org.elasticmq.actor.queue.OperationSuccessful$;
import org.elasticmq.actor.queue.QueueEvent;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * ElasticMQ's queue event listener for this local cloud: every message added, updated (received,
 * made visible again) or removed is written to an MVStore map named after its queue, committed before
 * ElasticMQ answers the SQS call, as ElasticMQ's own SQL persistence does. Queue metadata is not kept:
 * the template declares the queues at every start.
 *
 * <p>A change that cannot be written (the disk is full, the store is damaged) is logged and answered
 * all the same: the queue goes on in memory, and only that change is missing after a restart.
 * Unanswered, it would hold the SQS call for ElasticMQ's timeout and then fail it.
 */
final class MessageJournal extends AbstractActor {

  private final MVStore store;
  private final Consumer<String> log;

  private MessageJournal(MVStore store, Consumer<String> log) {
    this.store = store;
    this.log = log;
  }

  static Props props(MVStore store, Consumer<String> log) {
    return Props.create(MessageJournal.class, () -> new MessageJournal(store, log));
  }

  static MVMap<String, byte[]> queue(MVStore store, String queueName) {
    return store.openMap(queueName);
  }

  @Override
  public Receive createReceive() {
    return receiveBuilder()
        .match(QueueEvent.MessageAdded.class, added -> journal(added.queueName(), added.message().id(),
            () -> queue(store, added.queueName()).put(added.message().id(), StoredMessage.encode(added.message()))))
        .match(QueueEvent.MessageUpdated.class, updated -> journal(updated.queueName(), updated.message().id(),
            () -> queue(store, updated.queueName()).put(updated.message().id(), StoredMessage.encode(updated.message()))))
        .match(QueueEvent.MessageRemoved.class, removed -> journal(removed.queueName(), removed.messageId(),
            () -> queue(store, removed.queueName()).remove(removed.messageId())))
        .match(QueueEvent.QueueDeleted.class, deleted -> {
          try {
            store.removeMap(queue(store, deleted.queueName()));
            store.commit();
          } catch (RuntimeException e) {
            log.accept("SQS: the stored messages of deleted queue " + deleted.queueName() + " could not be removed: " + e.getMessage());
          }
        })
        .matchAny(ignored -> {
          // QueueCreated and QueueMetadataUpdated: queues come from the template, not from the journal
        })
        .build();
  }

  private void journal(String queueName, String messageId, Runnable change) {
    try {
      change.run();
      store.commit();
    } catch (RuntimeException e) {
      log.accept("SQS: a change to message " + messageId + " of queue " + queueName + " could not be journaled ("
          + e.getMessage() + "); the queue goes on, but after a restart that message will be as it was before the change");
    }
    getSender().tell(OperationSuccessful$.MODULE$, getSelf());
  }
}
