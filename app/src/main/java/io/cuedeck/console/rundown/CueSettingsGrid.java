package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.rules.CueValidator;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import org.controlsfx.validation.ValidationSupport;

/**
 * The cue editor's settings that are not per language: kind, default language, answer window, and
 * the correct option (shown for a quiz only), bound to the {@link CueForm}. The default language
 * and the correct option are checked under the server's field names.
 */
final class CueSettingsGrid extends GridPane {

    private final ComboBox<Integer> correct = new ComboBox<>();
    /** Held here: a bidirectional binding keeps only weak references, so {@code asObject()} alone is collected. */
    private final ObjectProperty<Integer> secondsValue;
    /** True while the choices are re-offered: the combo box's passing null is not the producer's choice. */
    private boolean offering;

    CueSettingsGrid(CueEditorViewModel vm, I18n i18n, ValidationSupport validation) {
        CueForm form = vm.form();
        secondsValue = form.answerSecondsProperty().asObject();
        ComboBox<CueKind> kind = new ComboBox<>();
        kind.setId(CueEditorView.ID_KIND);
        kind.getItems().setAll(CueKind.values());
        kind.setConverter(new KindNames(i18n));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        ComboBox<String> defaultLang = new ComboBox<>();
        defaultLang.setItems(form.languages());
        defaultLang.valueProperty().bindBidirectional(form.defaultLangProperty());
        correct.setId(CueEditorView.ID_CORRECT);
        correct.setConverter(new OptionNames(i18n, form));
        correct.valueProperty().addListener((o, a, n) -> {
            if (!offering) {
                form.correctOptionProperty().set(n == null ? -1 : n);
            }
        });
        form.correctOptionProperty().addListener(o -> offerOptions(form)); // a loaded cue's choice shows
        Spinner<Integer> seconds = new Spinner<>(CueValidator.MIN_SECONDS, CueValidator.MAX_SECONDS, 30, 5);
        seconds.setId(CueEditorView.ID_SECONDS);
        seconds.setEditable(true);
        seconds.getValueFactory().valueProperty().bindBidirectional(secondsValue);
        setHgap(10);
        setVgap(8);
        Label correctLabel = fieldLabel(i18n, "editor.correct");
        addRow(0, fieldLabel(i18n, "editor.kind"), kind);
        addRow(1, fieldLabel(i18n, "editor.defaultLang"), defaultLang);
        addRow(2, fieldLabel(i18n, "editor.seconds"), seconds);
        addRow(3, correctLabel, correct);
        correct.visibleProperty().bind(form.kindProperty().isEqualTo(CueKind.QUIZ));
        correctLabel.visibleProperty().bind(correct.visibleProperty());
        correct.managedProperty().bind(correct.visibleProperty());
        correctLabel.managedProperty().bind(correct.visibleProperty());
        kind.setPrefWidth(200);
        correct.setPrefWidth(200);
        LanguageTabs.register(validation, correct, "correctOption", vm);
        LanguageTabs.register(validation, defaultLang, "defaultLang", vm);
    }

    /**
     * Offers one correct-option choice per option of the form and shows the form's choice. The
     * form holds the truth: re-offering the items makes the combo box pass through "nothing
     * selected", which must not overwrite the quiz's correct option, so nothing is written back.
     */
    void offerOptions(CueForm form) {
        int chosen = form.correctOptionProperty().get();
        boolean stillThere = chosen >= 0 && chosen < form.options().size();
        offering = true;
        try {
            java.util.List<Integer> choices = new java.util.ArrayList<>();
            for (int i = 0; i < form.options().size(); i++) {
                choices.add(i);
            }
            correct.getItems().setAll(choices);
            correct.setValue(stillThere ? chosen : null);
        } finally {
            offering = false;
        }
    }

    private static Label fieldLabel(I18n i18n, String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
