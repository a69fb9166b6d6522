package uncloud.app.table;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskHandle;
import uncloud.app.common.TaskRunner;

/**
 * A server-paged table: rows arrive a keyset page at a time as the person scrolls, sort and filter run
 * on the server, a refresh reloads what is shown and keeps the selection, and the CSV export streams
 * the whole filtered result page by page.
 */
public final class PagedTableViewModel<T> {
    public static final int PAGE_SIZE = 100;

    private final PagedSource<T> source;
    private final List<ColumnSpec<T>> columns;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();
    private final SimpleBooleanProperty exporting = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);

    private Optional<Object> nextKey = Optional.empty();
    private boolean lastPageLoaded;
    private long generation;
    private TaskHandle exportHandle = TaskHandle.DONE;

    public PagedTableViewModel(
            PagedSource<T> source,
            List<ColumnSpec<T>> columns,
            SortOrder initialSort,
            TaskRunner tasks,
            DialogService dialogs) {
        this.source = Objects.requireNonNull(source);
        this.columns = List.copyOf(columns);
        this.tasks = tasks;
        this.dialogs = dialogs;
        sort.set(initialSort);
        filter.addListener((observable, old, now) -> reload());
        sort.addListener((observable, old, now) -> reload());
        enabled.addListener((observable, old, now) -> {
            if (now) {
                refresh();
            }
        });
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public List<ColumnSpec<T>> columns() {
        return columns;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** False while the connection is down: nothing is fetched until it is up again. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean hasMore() {
        return !lastPageLoaded;
    }

    /** Starts over from the first page (after a filter or sort change). */
    public void reload() {
        load(1, Optional.empty());
    }

    /**
     * Reloads as many rows as are shown now, in the current order, and selects the same row again —
     * what a change from another console triggers, so the person keeps their place.
     */
    public void refresh() {
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        load(pages, Optional.ofNullable(selected.get()).map(source::idOf));
    }

    /** Fetches the next page when there is one and nothing is loading (the view calls it near the end). */
    public void loadMore() {
        if (loading.get() || lastPageLoaded || !enabled.get()) {
            return;
        }
        long expected = generation;
        PageQuery query = query().next(nextKey.orElseThrow());
        loading.set(true);
        tasks.run(BackgroundTask.of("Load more rows", progress -> source.fetch(query))
                .onSuccess(page -> {
                    if (expected == generation) {
                        rows.addAll(page.rows());
                        remember(page);
                    }
                })
                .onError(this::showLoadFailure)
                .andFinally(() -> loading.set(false)));
    }

    private void load(int pages, Optional<Object> reselect) {
        if (!enabled.get()) {
            return;
        }
        long expected = ++generation;
        PageQuery first = query();
        loading.set(true);
        tasks.run(BackgroundTask.of("Load rows", progress -> fetchPages(first, pages))
                .onSuccess(loaded -> {
                    if (expected != generation) {
                        return; // a newer filter or sort won
                    }
                    rows.setAll(loaded.rows());
                    remember(loaded);
                    selected.set(reselect.flatMap(this::rowWithId).orElse(null));
                })
                .onError(this::showLoadFailure)
                .andFinally(() -> loading.set(generation != expected && loading.get())));
    }

    private Page<T> fetchPages(PageQuery first, int pages) {
        List<T> collected = new ArrayList<>();
        Page<T> page = source.fetch(first);
        collected.addAll(page.rows());
        for (int i = 1; i < pages && !page.isLast(); i++) {
            page = source.fetch(first.next(page.nextKey().orElseThrow()));
            collected.addAll(page.rows());
        }
        return new Page<>(collected, page.nextKey());
    }

    private void remember(Page<T> page) {
        nextKey = page.nextKey();
        lastPageLoaded = page.isLast();
        status.set(rows.size() + (lastPageLoaded ? "" : "+") + (rows.size() == 1 && lastPageLoaded ? " row" : " rows"));
    }

    private Optional<T> rowWithId(Object id) {
        return rows.stream().filter(row -> id.equals(source.idOf(row))).findFirst();
    }

    private PageQuery query() {
        return new PageQuery(filter.get(), sort.get(), Optional.empty(), PAGE_SIZE);
    }

    private void showLoadFailure(Throwable failure) {
        status.set("Could not load rows");
        dialogs.showError("Could not load rows", messageOf(failure), failure);
    }

    /**
     * Writes every row matching the current filter as CSV (visible columns, in order), page by page so
     * memory stays flat, reporting progress; {@link #cancelExport()} stops it.
     */
    public void exportCsv(String target, Supplier<Writer> openWriter, List<ColumnSpec<T>> exportedColumns) {
        PageQuery first = query();
        exporting.set(true);
        status.set("Exporting…");
        exportHandle = tasks.run(BackgroundTask.of("Export CSV", progress -> {
                    long written = 0;
                    try (Writer writer = openWriter.get()) {
                        CsvWriter csv = new CsvWriter(writer);
                        csv.row(exportedColumns.stream().map(ColumnSpec::title).collect(Collectors.toList()));
                        PageQuery query = first;
                        while (true) {
                            if (progress.isCancelled()) {
                                throw new CancellationException();
                            }
                            Page<T> page = source.fetch(query);
                            for (T row : page.rows()) {
                                csv.row(exportedColumns.stream()
                                        .map(column -> column.text().apply(row))
                                        .collect(Collectors.toList()));
                            }
                            written += page.rows().size();
                            progress.progress("Exported " + written + " rows", -1);
                            if (page.isLast()) {
                                return written;
                            }
                            query = query.next(page.nextKey().orElseThrow());
                        }
                    }
                })
                .onProgress((message, fraction) -> status.set(message))
                .onSuccess(count -> status.set("Exported " + count + " rows to " + target))
                .onCancelled(() -> status.set("Export cancelled"))
                .onError(failure -> {
                    status.set("Export failed");
                    dialogs.showError("Could not export CSV", messageOf(failure), failure);
                })
                .andFinally(() -> exporting.set(false)));
    }

    public void cancelExport() {
        exportHandle.cancel();
    }

    static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
