package uncloud.app.hosts;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.MasterDetail;
import uncloud.app.main.Area;
import uncloud.client.domain.Host;

/** Hosts: the fleet on the left; the selected host's record and its agent's report on the right. */
public final class HostsView implements Area {
    private final HostsViewModel viewModel;
    private final Command none = new Command(() -> {}, new SimpleBooleanProperty(false));
    private ListView<Host> list;
    private SplitPane view;

    public HostsView(HostsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public String title() {
        return "Hosts";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DNS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
            viewModel.reload();
        }
        return view;
    }

    private SplitPane createView() {
        list = new ListView<>(viewModel.hosts());
        list.setId("hosts-list");
        list.setCellFactory(cells -> new ListCell<>() {
            @Override
            protected void updateItem(Host host, boolean empty) {
                super.updateItem(host, empty);
                setText(
                        empty || host == null
                                ? null
                                : host.fqdn() + "  ·  " + host.kind().name().toLowerCase(Locale.ROOT));
            }
        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (observable, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((observable, old, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.disableProperty().bind(viewModel.enabledProperty().not());

        Label record = new Label();
        record.setId("host-record");
        record.textProperty().bind(viewModel.hostText());
        Button check = ActionFactory.button(ConsoleAction.CHECK_AGENT, viewModel.checkAgentCommand());
        check.setId("check-agent");
        TextArea report = new TextArea();
        report.setId("agent-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.textProperty().bind(viewModel.agentReportProperty());
        VBox detail = MasterDetail.detailPane("Host", record, check, report);
        VBox.setVgrow(report, Priority.ALWAYS);
        return MasterDetail.split(list, detail, 0.45);
    }

    /** Hosts join the fleet through onboarding, not through a blank form. */
    @Override
    public Command newCommand() {
        return none;
    }

    @Override
    public Map<ConsoleAction, Command> shortcuts() {
        return Map.of(ConsoleAction.CHECK_AGENT, viewModel.checkAgentCommand());
    }

    @Override
    public Command refreshCommand() {
        return viewModel.refreshCommand();
    }

    /** No filter for a fleet of tens: Ctrl+F puts the focus on the list. */
    @Override
    public void focusFilter() {
        list.requestFocus();
    }
}
