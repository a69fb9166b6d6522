package uncloud.app.customers;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.TaskHandle;
import uncloud.app.common.TaskRunner;
import uncloud.client.domain.Customer;

/**
 * Picks one customer for a form: the person types part of a name or a customer number, matches come
 * from the server a moment after the typing stops, and only picking a match sets the customer. Typing
 * again drops the pick; a result that arrives after newer typing is thrown away.
 */
public final class CustomerPickerViewModel {
    /** How long typing must rest before the server is asked. */
    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    public static final int MATCH_LIMIT = 10;
    public static final String PICK_A_CUSTOMER = "Pick a customer: type part of a name or a customer number.";
    public static final String TYPE_TO_SEARCH = "Type part of a customer's name, or a customer number.";
    public static final String SEARCHING = "Searching…";
    public static final String TYPE_FOR_ANOTHER = "Type to look for another customer.";

    private final CustomerSearch search;
    private final TaskRunner tasks;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Customer> matches = FXCollections.observableArrayList();
    private final SimpleObjectProperty<CustomerRef> picked = new SimpleObjectProperty<>();
    private final SimpleStringProperty status = new SimpleStringProperty(TYPE_TO_SEARCH);
    private final SimpleBooleanProperty searching = new SimpleBooleanProperty();
    private final SimpleBooleanProperty fixed = new SimpleBooleanProperty();
    private TaskHandle pending = TaskHandle.DONE;
    /** Counts searches; only the latest one's result is shown. */
    private long generation;
    /** The text the shown matches were found for. */
    private String matchesFor = "";

    private boolean showingPick;

    public CustomerPickerViewModel(CustomerSearch search, TaskRunner tasks) {
        this.search = search;
        this.tasks = tasks;
        text.addListener((observable, old, typed) -> typed(typed));
    }

    /** For a form whose customer cannot change (a replacement): shows it and ignores typing. */
    public void fix(CustomerRef customer) {
        show(customer);
        fixed.set(true);
    }

    /** Takes {@code customer} (one of the matches) for the form. */
    public void pick(Customer customer) {
        if (!fixed.get()) {
            show(CustomerRef.of(customer));
        }
    }

    /**
     * Takes the only match, when the matches are for what is typed now and there is exactly one; false
     * otherwise (the person then chooses in the list).
     */
    public boolean pickOnlyMatch() {
        if (picked.get() != null
                || matches.size() != 1
                || !matchesFor.equals(text.get().strip())) {
            return false;
        }
        pick(matches.get(0));
        return true;
    }

    /** Empty once a customer is picked; otherwise what the field says to do. */
    public Optional<String> error() {
        return picked.get() == null ? Optional.of(PICK_A_CUSTOMER) : Optional.empty();
    }

    private void show(CustomerRef customer) {
        pending.cancel();
        generation++;
        showingPick = true;
        try {
            picked.set(customer);
            text.set(customer.label());
        } finally {
            showingPick = false;
        }
        matches.clear();
        matchesFor = "";
        status.set(TYPE_FOR_ANOTHER);
        searching.set(false);
    }

    private void typed(String typed) {
        if (showingPick || fixed.get()) {
            return;
        }
        picked.set(null);
        pending.cancel();
        long mine = ++generation;
        String query = typed == null ? "" : typed.strip();
        if (query.isEmpty()) {
            matches.clear();
            matchesFor = "";
            status.set(TYPE_TO_SEARCH);
            searching.set(false);
            return;
        }
        searching.set(true);
        status.set(SEARCHING);
        pending = tasks.runAfter(
                DEBOUNCE,
                BackgroundTask.of("Find customers", progress -> search.matching(query, MATCH_LIMIT))
                        .onSuccess(found -> {
                            if (mine == generation) {
                                matches.setAll(found);
                                matchesFor = query;
                                status.set(found.isEmpty() ? "No customer matches \"" + query + "\"." : "");
                            }
                        })
                        .onError(failure -> {
                            if (mine == generation) {
                                matches.clear();
                                matchesFor = "";
                                status.set("Customers could not be searched: " + failure.getMessage());
                            }
                        })
                        .andFinally(() -> {
                            if (mine == generation) {
                                searching.set(false);
                            }
                        }));
    }

    /** What the field shows: the typing, or the picked customer as "Name (#id)". */
    public StringProperty textProperty() {
        return text;
    }

    /** The customers found for the current typing, at most {@link #MATCH_LIMIT}. */
    public ObservableList<Customer> matches() {
        return matches;
    }

    /** The picked customer; set only by picking (or fixing), cleared by typing. */
    public ReadOnlyObjectProperty<CustomerRef> pickedProperty() {
        return picked;
    }

    /**
     * What to say while there are no matches to show: how to search, that a search runs, that nothing
     * matches, or that the search failed.
     */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True from a keystroke until its search's answer arrives. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ReadOnlyBooleanProperty fixedProperty() {
        return fixed;
    }
}
