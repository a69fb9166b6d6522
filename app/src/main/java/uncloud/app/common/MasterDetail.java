package uncloud.app.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/** The layout the area views share: the paged list on the left, a titled detail pane on the right. */
public final class MasterDetail {
    private MasterDetail() {}

    /** The heading above the given content, styled as the console's detail pane. */
    public static VBox detailPane(String heading, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_3);
        VBox detail = new VBox(12, title);
        detail.getChildren().addAll(content);
        detail.getStyleClass().add(Styles.DETAIL_PANE);
        return detail;
    }

    public static SplitPane split(Node master, Node detail, double dividerPosition) {
        SplitPane split = new SplitPane(master, detail);
        split.setDividerPositions(dividerPosition);
        return split;
    }
}
