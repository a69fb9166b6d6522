package uncloud.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.domain.AuditEvent;

class AuditViewModelTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private final List<AuditCriteria> asked = new ArrayList<>();
    private final List<String> userFilters = new ArrayList<>();
    private final AuditLog log = new AuditLog() {
        @Override
        public Page<AuditEvent> fetch(AuditCriteria criteria, PageQuery query) {
            asked.add(criteria);
            userFilters.add(query.filter());
            return new Page<>(
                    List.of(new AuditEvent(
                            7,
                            "alice",
                            Instant.parse("2026-03-01T10:00:00Z"),
                            "product",
                            3L,
                            "update",
                            "{\"name\": \"old\"}",
                            "{\"name\": \"new\"}")),
                    Optional.empty());
        }

        @Override
        public List<String> tables() {
            return List.of("orders", "product");
        }
    };
    private final AuditViewModel audit =
            new AuditViewModel(log, new CurrentThreadTaskRunner(), new RecordingDialogService(), ZURICH);

    @Test
    void theTableAndDayRangeBecomeCriteriaInTheProvidersZone() {
        audit.tableProperty().set("product");
        audit.fromDayProperty().set(LocalDate.of(2026, 3, 1));
        audit.toDayProperty().set(LocalDate.of(2026, 3, 31));

        assertThat(asked.get(asked.size() - 1))
                .isEqualTo(new AuditCriteria(
                        Optional.of("product"),
                        Optional.of(Instant.parse("2026-02-28T23:00:00Z")),
                        Optional.of(Instant.parse("2026-03-31T21:59:59.999999Z"))));
    }

    @Test
    void allTablesMeansNoTableCriterion() {
        audit.tableProperty().set("orders");
        audit.tableProperty().set(AuditViewModel.ALL_TABLES);

        assertThat(asked.get(asked.size() - 1)).isEqualTo(AuditCriteria.ALL);
        assertThat(audit.tableChoices()).containsExactly(AuditViewModel.ALL_TABLES, "orders", "product");
    }

    @Test
    void theUserFilterIsPassedToTheServerAndTheSelectedChangeIsShown() {
        audit.events().filterProperty().set("ali");

        assertThat(userFilters.get(userFilters.size() - 1)).isEqualTo("ali");
        audit.events().selectedProperty().set(audit.events().rows().get(0));
        assertThat(audit.detailText().get())
                .isEqualTo("update product #3 by alice\n\nBefore:\n{\"name\": \"old\"}\n\nAfter:\n{\"name\": \"new\"}");
    }
}
