package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;

/**
 * The cue editor's tool row: Add language (a menu of the usual tags, each named in the console's
 * language), and, for kinds with options, Add option and Remove last option.
 */
final class CueEditorTools extends HBox {

    private final CueForm form;
    private final I18n i18n;

    CueEditorTools(CueForm form, I18n i18n) {
        super(8);
        this.form = form;
        this.i18n = i18n;
        getChildren().addAll(addLanguageMenu(), optionButton("editor.addOption", form::addOption),
                optionButton("editor.removeOption", form::removeLastOption));
        setAlignment(Pos.CENTER_LEFT);
    }

    private MenuButton addLanguageMenu() {
        MenuButton add = new MenuButton(i18n.get("editor.addLanguage"));
        for (String tag : CueEditorView.LANGUAGE_CHOICES) {
            MenuItem item = new MenuItem(tag + "  " + Locale.forLanguageTag(tag).getDisplayName(i18n.locale()));
            item.setOnAction(e -> form.addLanguage(tag));
            add.getItems().add(item);
        }
        return add;
    }

    private Button optionButton(String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> form.kindProperty().get() != null && form.kindProperty().get().hasOptions(),
                form.kindProperty()));
        button.setOnAction(e -> action.run());
        return button;
    }
}
