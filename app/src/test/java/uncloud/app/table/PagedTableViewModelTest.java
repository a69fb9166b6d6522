package uncloud.app.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.products.Product;
import uncloud.app.testing.InMemoryProductCatalog;
import uncloud.app.testing.RecordingDialogService;

class PagedTableViewModelTest {
    private final InMemoryProductCatalog catalog = InMemoryProductCatalog.withSamples(250);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<ColumnSpec<Product>> columns = List.of(
            ColumnSpec.sortable("id", "Id", product -> String.valueOf(product.id())),
            ColumnSpec.sortable("name", "Name", Product::name),
            ColumnSpec.plain("description", "Description", Product::description));
    private final PagedTableViewModel<Product> table = new PagedTableViewModel<>(
            catalog, columns, new SortOrder("id", true), new CurrentThreadTaskRunner(), dialogs);

    @Test
    void theFirstPageIsLoadedAndMoreOnlyWhenAsked() {
        table.reload();

        assertThat(table.rows()).hasSize(PagedTableViewModel.PAGE_SIZE);
        assertThat(table.hasMore()).isTrue();
        table.loadMore();
        table.loadMore();
        assertThat(table.rows()).hasSize(250);
        assertThat(table.rows().get(249).id()).isEqualTo(250L);
        assertThat(table.hasMore()).isFalse();
        assertThat(table.statusProperty().get()).isEqualTo("250 rows");
    }

    @Test
    void changingTheFilterStartsOverOnTheServer() {
        table.reload();
        table.loadMore();

        table.filterProperty().set("Product 12");

        assertThat(table.rows().stream().map(Product::name).collect(Collectors.toList()))
                .containsExactly(
                        "Product 120",
                        "Product 121",
                        "Product 122",
                        "Product 123",
                        "Product 124",
                        "Product 125",
                        "Product 126",
                        "Product 127",
                        "Product 128",
                        "Product 129");
        assertThat(table.hasMore()).isFalse();
    }

    @Test
    void changingTheSortAsksTheServerForTheNewOrder() {
        table.sortProperty().set(new SortOrder("id", false));

        assertThat(table.rows().get(0).id()).isEqualTo(250L);
    }

    @Test
    void aRefreshReloadsWhatIsShownAndKeepsTheSelectedRow() {
        table.reload();
        table.loadMore();
        Product chosen = table.rows().get(150);
        table.selectedProperty().set(chosen);
        catalog.save(new Product(
                chosen.id(),
                chosen.version(),
                "Renamed elsewhere",
                chosen.description(),
                chosen.kind(),
                chosen.oneTimePrice(),
                chosen.recurringPrice(),
                chosen.period(),
                chosen.active(),
                chosen.attributes()));

        table.refresh();

        assertThat(table.rows()).hasSize(200);
        assertThat(table.selectedProperty().get()).isEqualTo(catalog.get(chosen.id()));
        assertThat(table.selectedProperty().get().name()).isEqualTo("Renamed elsewhere");
    }

    @Test
    void nothingIsFetchedWhileDisabledAndTheRowsRefreshWhenEnabledAgain() {
        table.enabledProperty().set(false);
        table.reload();
        assertThat(catalog.fetches()).isZero();

        table.enabledProperty().set(true);

        assertThat(table.rows()).hasSize(PagedTableViewModel.PAGE_SIZE);
    }

    @Test
    void theExportStreamsEveryFilteredRowNotJustTheLoadedOnes() {
        table.filterProperty().set("Sample 1");
        StringWriter out = new StringWriter();

        table.exportCsv("memory", () -> out, columns);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("Id,Name,Description");
        assertThat(lines).hasSize(1 + 111); // Sample 1, 10–19, 100–199
        assertThat(lines[1]).isEqualTo("1,Product 001,Sample 1");
        assertThat(table.statusProperty().get()).isEqualTo("Exported 111 rows to memory");
        assertThat(table.exportingProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain          | plain
            a,b            | "a,b"
            say "hi" now   | "say ""hi"" now"
            """)
    void csvFieldsAreQuotedOnlyWhenNeeded(String field, String written) {
        assertThat(CsvWriter.quote(field)).isEqualTo(written);
    }
}
