package uncloud.app.hosts;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uncloud.agent.protocol.Health;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskRunner;
import uncloud.client.UncloudException;
import uncloud.client.domain.Host;

/**
 * The Hosts area: the fleet by name, and for the selected host its record and what its agent reports now (asked
 * over mutual TLS whenever a host is selected, and again on demand).
 */
public final class HostsViewModel {
    static final String NOTHING_SELECTED = "Select a host to ask its agent how it is.";

    private final HostDirectory directory;
    private final HostAgents agents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Host> hosts = FXCollections.observableArrayList();
    private final ObjectProperty<Host> selected = new SimpleObjectProperty<>();
    private final StringProperty agentReport = new SimpleStringProperty(NOTHING_SELECTED);
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final Command refresh;
    private final Command checkAgent;
    // answers for a host no longer selected, or overtaken by a newer check, are dropped
    private long checks;

    public HostsViewModel(HostDirectory directory, HostAgents agents, TaskRunner tasks, DialogService dialogs) {
        this.directory = directory;
        this.agents = agents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.refresh = new Command(this::reload, enabled);
        this.checkAgent =
                new Command(this::check, Bindings.createBooleanBinding(() -> selected.get() != null, selected));
        selected.addListener((observable, old, now) -> check());
    }

    /** Reads the hosts again, keeping the selection when the host is still there. */
    public void reload() {
        tasks.run(BackgroundTask.of("Loading hosts", progress -> directory.all())
                .onSuccess(this::show)
                .onError(error -> dialogs.showError("Cannot load the hosts", describe(error), error)));
    }

    private void show(List<Host> loaded) {
        Host before = selected.get();
        hosts.setAll(loaded);
        selected.set(Optional.ofNullable(before)
                .flatMap(kept ->
                        loaded.stream().filter(host -> host.id() == kept.id()).findFirst())
                .orElse(null));
        if (before != null && before.equals(selected.get())) {
            check(); // an unchanged selection fires no change, but a refresh asks the agent again
        }
    }

    private void check() {
        long check = ++checks;
        Host host = selected.get();
        if (host == null) {
            agentReport.set(NOTHING_SELECTED);
            return;
        }
        agentReport.set("Asking the agent on " + host.fqdn() + " …");
        tasks.run(BackgroundTask.of("Checking the agent on " + host.fqdn(), progress -> agents.health(host))
                .onSuccess(health -> {
                    if (check == checks) {
                        agentReport.set(report(health));
                    }
                })
                .onError(error -> {
                    if (check == checks) {
                        agentReport.set("Cannot ask the agent: " + describe(error));
                    }
                }));
    }

    static String report(Health health) {
        StringBuilder text = new StringBuilder();
        text.append("Agent ").append(health.agentVersion()).append(" on ").append(health.hostName());
        if (health.dryRun()) {
            text.append(" (dry run: it records changes but runs no host command)");
        }
        text.append("\nTools found: ")
                .append(health.capabilities().isEmpty() ? "none" : String.join(", ", health.capabilities()));
        text.append("\nFirewall: ")
                .append(health.firewallVersion() == null ? "none applied" : "version " + health.firewallVersion());
        text.append("\nVMs: ").append(health.vms().isEmpty() ? "none" : String.join(", ", health.vms()));
        text.append("\nWireGuard interfaces: ")
                .append(
                        health.wireguardInterfaces().isEmpty()
                                ? "none"
                                : String.join(", ", health.wireguardInterfaces()));
        return text.toString();
    }

    /** The selected host's record: what the console knows about it without asking. */
    public StringBinding hostText() {
        return Bindings.createStringBinding(
                () -> {
                    Host host = selected.get();
                    if (host == null) {
                        return "";
                    }
                    return host.fqdn() + " (" + host.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"
                            + "\nAgent: " + Optional.ofNullable(host.agentUrl()).orElse("not onboarded yet")
                            + "\nPinned certificate: "
                            + Optional.ofNullable(host.agentCertSha256())
                                    .map(pin -> "SHA-256 " + pin.substring(0, 16) + "…")
                                    .orElse("none")
                            + "\nSSH host key: " + (host.sshHostKey() == null ? "not verified yet" : "verified");
                },
                selected);
    }

    private static String describe(Throwable error) {
        return error instanceof UncloudException ? error.getMessage() : error.toString();
    }

    public ObservableList<Host> hosts() {
        return hosts;
    }

    public ObjectProperty<Host> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty agentReportProperty() {
        return agentReport;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command checkAgentCommand() {
        return checkAgent;
    }
}
