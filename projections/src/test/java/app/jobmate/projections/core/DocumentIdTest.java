package app.jobmate.projections.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.testing.Documents;
import org.junit.jupiter.api.Test;

class DocumentIdTest {

  private static final String QUOTE = "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";

  @Test
  void a_document_is_named_by_its_tenant_and_stream_id_whatever_the_stream_type() {
    DocumentId id = DocumentId.of(new StreamId(TenantId.of("t-acme"), "quote", QUOTE));

    assertThat(id.value()).isEqualTo("t-acme#" + QUOTE);
    assertThat(id).hasToString("t-acme#" + QUOTE).isEqualTo(DocumentId.of(TenantId.of("t-acme"), QUOTE));
    assertThat(DocumentId.of(new StreamId(TenantId.of("t-acme"), "task", QUOTE))).isEqualTo(id);
  }

  @Test
  void the_same_stream_id_in_another_tenant_is_another_document() {
    assertThat(DocumentId.of(TenantId.of("t-other"), QUOTE)).isNotEqualTo(DocumentId.of(TenantId.of("t-acme"), QUOTE));
  }

  @Test
  void a_stored_document_carries_the_id_of_its_own_stream_and_no_other() {
    Versioned<?> item = Documents.listItem("t-acme", QUOTE, 1, "Rewire");

    assertThat(item.documentId()).isEqualTo(DocumentId.of(TenantId.of("t-acme"), QUOTE));
    assertThatThrownBy(() -> new Versioned<>("t-other#" + QUOTE, TenantId.of("t-acme"), QUOTE, 1, item.document()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentId.of(TenantId.of("t-acme"), "a#b")).isInstanceOf(IllegalArgumentException.class);
  }
}
