package uncloud.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskRunner;
import uncloud.app.table.ColumnSpec;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.app.table.PagedSource;
import uncloud.app.table.PagedTableViewModel;
import uncloud.app.table.SortOrder;
import uncloud.client.domain.AuditEvent;

/**
 * The Audit log area: who changed what and when, newest first, searchable by user (the filter
 * field), table and a range of days in the provider's zone; the selected event's before and after.
 */
public final class AuditViewModel {
    public static final String ALL_TABLES = "(all tables)";

    private final AuditLog log;
    private final ZoneId zone;
    private final ObjectProperty<String> table = new SimpleObjectProperty<>(ALL_TABLES);
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final PagedTableViewModel<AuditEvent> events;
    private final Command refresh;

    public AuditViewModel(AuditLog log, TaskRunner tasks, DialogService dialogs, ZoneId zone) {
        this.log = log;
        this.zone = zone;
        PagedSource<AuditEvent> source = new PagedSource<>() {
            @Override
            public Page<AuditEvent> fetch(PageQuery query) {
                return log.fetch(criteria(), query);
            }

            @Override
            public Object idOf(AuditEvent row) {
                return row.id();
            }
        };
        events = new PagedTableViewModel<>(source, columns(zone), new SortOrder("at", false), tasks, dialogs);
        table.addListener((observable, old, now) -> events.reload());
        fromDay.addListener((observable, old, now) -> events.reload());
        toDay.addListener((observable, old, now) -> events.reload());
        refresh = new Command(events::refresh, events.enabledProperty());
    }

    static List<ColumnSpec<AuditEvent>> columns(ZoneId zone) {
        return List.of(
                ColumnSpec.<AuditEvent>sortable(
                                "at",
                                "When",
                                event -> event.at()
                                        .atZone(zone)
                                        .toLocalDateTime()
                                        .toString()
                                        .replace('T', ' '))
                        .width(170),
                ColumnSpec.<AuditEvent>sortable("actorUid", "User", AuditEvent::actorUid)
                        .width(110),
                ColumnSpec.<AuditEvent>sortable("tableName", "Table", AuditEvent::tableName)
                        .width(130),
                ColumnSpec.<AuditEvent>plain(
                        "rowId", "Row", event -> event.rowId() == null ? "" : String.valueOf(event.rowId())),
                ColumnSpec.<AuditEvent>plain("action", "Action", AuditEvent::action));
    }

    /** The criteria as chosen now: a day range is inclusive, from the first day's midnight to the last day's end. */
    AuditCriteria criteria() {
        Optional<String> chosenTable = Optional.ofNullable(table.get()).filter(name -> !name.equals(ALL_TABLES));
        Optional<Instant> from = Optional.ofNullable(fromDay.get())
                .map(day -> day.atStartOfDay(zone).toInstant());
        Optional<Instant> to = Optional.ofNullable(toDay.get())
                .map(day -> day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000));
        return new AuditCriteria(chosenTable, from, to);
    }

    public List<String> tableChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of(ALL_TABLES));
        choices.addAll(log.tables());
        return choices;
    }

    public StringBinding detailText() {
        return Bindings.createStringBinding(
                () -> {
                    AuditEvent event = events.selectedProperty().get();
                    if (event == null) {
                        return "Select an event to see the row before and after the change.";
                    }
                    return event.action() + " " + event.tableName() + " #" + event.rowId() + " by " + event.actorUid()
                            + "\n\nBefore:\n"
                            + Optional.ofNullable(event.beforeJson()).orElse("—")
                            + "\n\nAfter:\n"
                            + Optional.ofNullable(event.afterJson()).orElse("—");
                },
                events.selectedProperty());
    }

    public PagedTableViewModel<AuditEvent> events() {
        return events;
    }

    public ObjectProperty<String> tableProperty() {
        return table;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public BooleanProperty enabledProperty() {
        return events.enabledProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }
}
