package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Fills the editor's language tabs: per language the prompt and every option, each bound to the
 * form and registered with ControlsFX under the server's field name, so a problem found here or
 * by the server decorates the very field at fault.
 */
final class LanguageTabs {

    private LanguageTabs() {
    }

    static void fill(TabPane tabs, CueForm form, ValidationSupport validation, CueEditorViewModel vm, I18n i18n,
            Runnable onEdit) {
        String selected = tabs.getSelectionModel().getSelectedItem() == null ? null
                : (String) tabs.getSelectionModel().getSelectedItem().getUserData();
        tabs.getTabs().clear();
        boolean options = form.kindProperty().get() != null && form.kindProperty().get().hasOptions();
        for (String lang : form.languages()) {
            VBox page = new VBox(8);
            TextArea prompt = new TextArea();
            prompt.setId("editor-prompt-" + lang);
            prompt.setWrapText(true);
            prompt.setPrefRowCount(3);
            prompt.textProperty().bindBidirectional(form.prompt(lang));
            prompt.textProperty().addListener(o -> onEdit.run());
            register(validation, prompt, "prompt." + lang, vm);
            page.getChildren().addAll(new Label(i18n.get("editor.prompt")), prompt);
            for (int i = 0; options && i < form.options().size(); i++) {
                TextField option = new TextField();
                option.setId("editor-option-" + i + "-" + lang);
                option.setPromptText(i18n.format("editor.option", i + 1));
                option.textProperty().bindBidirectional(form.option(i, lang));
                option.textProperty().addListener(o -> onEdit.run());
                register(validation, option, "options[" + i + "]." + lang, vm);
                page.getChildren().add(option);
            }
            Tab tab = new Tab(lang + "  " + Locale.forLanguageTag(lang).getDisplayName(i18n.locale()), page);
            tab.setId("editor-tab-" + lang);
            tab.setUserData(lang);
            tab.setOnClosed(e -> form.removeLanguage(lang));
            tabs.getTabs().add(tab);
            if (lang.equals(selected)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    /** Marks the tabs whose language has a problem, so the producer sees which tab to open. */
    static void markProblems(TabPane tabs, Set<String> fields) {
        for (Tab tab : tabs.getTabs()) {
            String suffix = "." + tab.getUserData();
            boolean wrong = fields.stream().anyMatch(f -> f.endsWith(suffix));
            tab.getStyleClass().remove(Styles.TAB_PROBLEM);
            if (wrong) {
                tab.getStyleClass().add(Styles.TAB_PROBLEM);
            }
        }
    }

    /** Decorates {@code control} (ControlsFX) while the view model has a problem for {@code field}. */
    static void register(ValidationSupport validation, Control control, String field, CueEditorViewModel vm) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String problem = vm.problemFor(field);
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
    }
}
