package uncloud.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.testing.InMemoryProductCatalog;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.domain.Money;

class EditProductViewModelTest {
    private final InMemoryProductCatalog catalog = InMemoryProductCatalog.withSamples(3);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final EditProductViewModel form = new EditProductViewModel(catalog, new CurrentThreadTaskRunner(), dialogs);

    @ParameterizedTest(name = "recurring price \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12.50        | ''
            0            | ''
            -1.00        | Recurring price must not be negative.
            12.505       | Recurring price has at most two decimals (whole rappen).
            twelve       | Recurring price must be an amount such as 12.50.
            ''           | Recurring price is required (0.00 for none).
            99999999999  | Recurring price is too large.
            """)
    void aPriceIsCheckedBeforeSaving(String price, String expectedError) {
        form.load(catalog.get(1));
        form.recurringPriceProperty().set(price);

        assertThat(form.firstError().orElse("")).isEqualTo(expectedError);
        assertThat(form.saveCommand().isExecutable()).isEqualTo(expectedError.isEmpty());
    }

    @Test
    void saveIsDisabledUntilSomethingChanged() {
        form.load(catalog.get(1));

        assertThat(form.saveCommand().isExecutable()).isFalse();
        form.nameProperty().set("Renamed");
        assertThat(form.saveCommand().isExecutable()).isTrue();
    }

    @Test
    void aVmProductNeedsItsCoresRamAndDisk() {
        form.nameProperty().set("Small VM");
        form.kindProperty().set(ProductKind.VM);

        assertThat(form.firstError()).contains("CPU cores is required.");
        form.attributeProperty(ProductKind.Attribute.CORES).set("2");
        form.attributeProperty(ProductKind.Attribute.RAM_MIB).set("4096");
        form.attributeProperty(ProductKind.Attribute.DISK_GIB).set("0");
        assertThat(form.firstError()).contains("Disk (GiB) must be between 1 and 1048576.");
    }

    @Test
    void aOneTimeProductCannotHaveARecurringPrice() {
        form.nameProperty().set("Setup fee");
        form.periodProperty().set(BillingPeriod.ONE_TIME);
        form.recurringPriceProperty().set("5.00");

        assertThat(form.firstError()).contains("A one-time product has a recurring price of 0.00.");
    }

    @Test
    void savingANewProductStoresItAndReportsTheStoredProduct() {
        form.nameProperty().set("Disk 100");
        form.kindProperty().set(ProductKind.DISK);
        form.attributeProperty(ProductKind.Attribute.DISK_GIB).set("100");
        form.recurringPriceProperty().set("4.00");

        form.saveCommand().execute();

        Product saved = form.savedProperty().get();
        assertThat(saved.id()).isEqualTo(4L);
        assertThat(catalog.get(4)).isEqualTo(saved);
        assertThat(saved.recurringPrice()).isEqualTo(Money.of("4.00"));
        assertThat(saved.attributes()).isEqualTo(java.util.Map.of(ProductKind.Attribute.DISK_GIB, 100));
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aConflictOffersToReloadAndReloadsTheCurrentValues() {
        Product opened = catalog.get(2);
        form.load(opened);
        catalog.save(new Product(
                opened.id(),
                opened.version(),
                "Changed elsewhere",
                opened.description(),
                opened.kind(),
                opened.oneTimePrice(),
                opened.recurringPrice(),
                opened.period(),
                opened.active(),
                opened.attributes()));
        form.nameProperty().set("My change");
        dialogs.answer(true);

        form.saveCommand().execute();

        assertThat(dialogs.last().kind()).isEqualTo("confirm:" + EditProductViewModel.RELOAD);
        assertThat(dialogs.last().title()).isEqualTo("Someone else changed this product");
        assertThat(form.nameProperty().get()).isEqualTo("Changed elsewhere");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.savedProperty().get()).isNull();
    }

    @Test
    void closingWithUnsavedChangesAsksAndKeepsTheFormWhenCancelled() {
        form.load(catalog.get(1));
        form.descriptionProperty().set("edited");

        assertThat(form.mayClose()).isFalse();
        assertThat(dialogs.last().kind())
                .isEqualTo("choose:" + EditProductViewModel.SAVE + "|" + EditProductViewModel.DISCARD);
        assertThat(catalog.get(1).description()).isEqualTo("Sample 1");
    }

    @Test
    void closingWithUnsavedChangesCanDiscardThem() {
        form.load(catalog.get(1));
        form.descriptionProperty().set("edited");
        dialogs.answer(EditProductViewModel.DISCARD);

        assertThat(form.mayClose()).isTrue();
        assertThat(catalog.get(1).description()).isEqualTo("Sample 1");
    }

    @Test
    void closingWithUnsavedChangesCanSaveThemFirst() {
        form.load(catalog.get(1));
        form.descriptionProperty().set("edited");
        dialogs.answer(EditProductViewModel.SAVE);

        assertThat(form.mayClose()).isFalse(); // the window closes when the save reports success
        assertThat(catalog.get(1).description()).isEqualTo("edited");
        assertThat(form.savedProperty().get()).isEqualTo(catalog.get(1));
        assertThat(form.mayClose()).isTrue();
    }
}
