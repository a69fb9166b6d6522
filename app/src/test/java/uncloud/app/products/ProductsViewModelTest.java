package uncloud.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.testing.InMemoryProductCatalog;
import uncloud.app.testing.RecordingDialogService;

class ProductsViewModelTest {
    private final InMemoryProductCatalog catalog = InMemoryProductCatalog.withSamples(5);
    private final ProductsViewModel products =
            new ProductsViewModel(catalog, new CurrentThreadTaskRunner(), new RecordingDialogService());
    private final List<EditProductViewModel> opened = new ArrayList<>();

    ProductsViewModelTest() {
        products.setEditorOpener(opened::add);
        products.table().reload();
    }

    @Test
    void editIsOnlyPossibleWithAProductSelected() {
        assertThat(products.editCommand().isExecutable()).isFalse();
        products.table().selectedProperty().set(products.table().rows().get(2));
        assertThat(products.editCommand().isExecutable()).isTrue();
    }

    @Test
    void savingAnEditedProductRefreshesTheListAndKeepsItSelected() {
        products.table().selectedProperty().set(products.table().rows().get(2));
        products.editCommand().execute();
        EditProductViewModel form = opened.get(0);
        form.nameProperty().set("Product 003 renamed");

        form.saveCommand().execute();

        assertThat(products.table().rows().get(2).name()).isEqualTo("Product 003 renamed");
        assertThat(products.table().selectedProperty().get()).isEqualTo(catalog.get(3));
    }

    @Test
    void nothingIsPossibleWhileTheConnectionIsDown() {
        products.table().selectedProperty().set(products.table().rows().get(0));
        products.enabledProperty().set(false);

        assertThat(products.newCommand().isExecutable()).isFalse();
        assertThat(products.editCommand().isExecutable()).isFalse();
        assertThat(products.refreshCommand().isExecutable()).isFalse();
    }
}
