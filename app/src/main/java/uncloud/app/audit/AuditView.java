package uncloud.app.audit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import uncloud.app.common.Command;
import uncloud.app.common.MasterDetail;
import uncloud.app.main.Area;
import uncloud.app.table.PagedTable;

/** Audit log: user filter, table and day range above the paged events; the change on the right. */
public final class AuditView implements Area {
    private final AuditViewModel viewModel;
    private final Command none = new Command(() -> {}, new javafx.beans.property.SimpleBooleanProperty(false));
    private PagedTable<uncloud.client.domain.AuditEvent> table;
    private SplitPane view;

    public AuditView(AuditViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public String title() {
        return "Audit log";
    }

    @Override
    public Ikon icon() {
        return Material2AL.HISTORY;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
            viewModel.events().reload();
        }
        return view;
    }

    private SplitPane createView() {
        table = new PagedTable<>(viewModel.events());
        table.table().setId("audit-table");
        table.filterField().setPromptText("User (Ctrl+F)");
        ComboBox<String> tables = new ComboBox<>();
        tables.setId("audit-table-choice");
        tables.getItems().setAll(viewModel.tableChoices());
        tables.valueProperty().bindBidirectional(viewModel.tableProperty());
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPromptText("from day");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(viewModel.fromDayProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPromptText("to day");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(viewModel.toDayProperty());
        HBox criteria = new HBox(8, new Label("Table"), tables, new Label("Days"), from, to);
        criteria.setStyle("-fx-padding: 0 8 8 8; -fx-alignment: center-left;");
        VBox left = new VBox(table, criteria);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        TextArea change = new TextArea();
        change.setId("audit-change");
        change.setEditable(false);
        change.setWrapText(true);
        change.textProperty().bind(viewModel.detailText());
        VBox detail = MasterDetail.detailPane("Change", change);
        VBox.setVgrow(change, javafx.scene.layout.Priority.ALWAYS);
        return MasterDetail.split(left, detail, 0.62);
    }

    /** The audit log is a permanent record: nothing to create. */
    @Override
    public Command newCommand() {
        return none;
    }

    @Override
    public Command refreshCommand() {
        return viewModel.refreshCommand();
    }

    @Override
    public void focusFilter() {
        table.focusFilter();
    }
}
