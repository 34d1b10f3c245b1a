package app.jobmate.localcloud.sqs;

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
 */
final class MessageJournal extends AbstractActor {

  private final MVStore store;

  private MessageJournal(MVStore store) {
    this.store = store;
  }

  static Props props(MVStore store) {
    return Props.create(MessageJournal.class, () -> new MessageJournal(store));
  }

  static MVMap<String, byte[]> queue(MVStore store, String queueName) {
    return store.openMap(queueName);
  }

  @Override
  public Receive createReceive() {
    return receiveBuilder()
        .match(QueueEvent.MessageAdded.class, added -> {
          queue(store, added.queueName()).put(added.message().id(), StoredMessage.encode(added.message()));
          committed();
        })
        .match(QueueEvent.MessageUpdated.class, updated -> {
          queue(store, updated.queueName()).put(updated.message().id(), StoredMessage.encode(updated.message()));
          committed();
        })
        .match(QueueEvent.MessageRemoved.class, removed -> {
          queue(store, removed.queueName()).remove(removed.messageId());
          committed();
        })
        .match(QueueEvent.QueueDeleted.class, deleted -> {
          store.removeMap(queue(store, deleted.queueName()));
          store.commit();
        })
        .matchAny(ignored -> {
          // QueueCreated and QueueMetadataUpdated: queues come from the template, not from the journal
        })
        .build();
  }

  private void committed() {
    store.commit();
    getSender().tell(OperationSuccessful$.MODULE$, getSelf());
  }
}
