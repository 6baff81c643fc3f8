package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * The cue editor: the cue's settings ({@link CueSettingsGrid}), the tool row
 * ({@link CueEditorTools}), one tab per language with the prompt and the options, and Save.
 * Problems show inline on the field (ControlsFX decorations) and as a list in words, before
 * anything is sent. The tabs are made again whenever the kind, the languages or the options change.
 */
public final class CueEditorView extends VBox {

    public static final String ID_KIND = "editor-kind";
    public static final String ID_SAVE = "editor-save";
    public static final String ID_PROBLEMS = "editor-problems";
    public static final String ID_MESSAGE = "editor-message";
    public static final String ID_SECONDS = "editor-seconds";
    public static final String ID_CORRECT = "editor-correct";
    public static final String[] LANGUAGE_CHOICES = {"en", "zh-TW", "zh-CN", "ko", "ja", "es", "fr", "de"};

    private final CueEditorViewModel vm;
    private final I18n i18n;
    private final TabPane tabs = new TabPane();
    private final CueSettingsGrid settings;
    private final Label problems = new Label();
    private ValidationSupport validation = new ValidationSupport();
    /** For the controls that outlive a rebuild (the tab pages are made again on each). */
    private final ValidationSupport fixedValidation = new ValidationSupport();
    private boolean rebuilding;

    public CueEditorView(CueEditorViewModel vm, Runnable save, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add(Styles.PANEL);
        CueForm form = vm.form();
        Label heading = new Label(i18n.get("editor.title"));
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        settings = new CueSettingsGrid(vm, i18n, fixedValidation);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        problems.setId(ID_PROBLEMS);
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.NOTICE_ERROR);
        Label message = new Label();
        message.setId(ID_MESSAGE);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button saveButton = new Button(i18n.get("editor.save"));
        saveButton.setId(ID_SAVE);
        saveButton.setDefaultButton(false);
        saveButton.disableProperty().bind(vm.savingProperty());
        saveButton.setOnAction(e -> save.run());
        HBox bottom = new HBox(12, saveButton, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, settings, new CueEditorTools(form, i18n), tabs, problems, bottom);
        getChildren().add(2, new CuePlanningFields(vm, i18n, fixedValidation)); // capacity planning (issue 8)

        InvalidationListener rebuild = o -> rebuild();
        form.kindProperty().addListener(rebuild);
        form.languages().addListener((ListChangeListener<String>) c -> rebuild());
        form.options().addListener((ListChangeListener<Object>) c -> rebuild());
        vm.problems().addListener((MapChangeListener<String, String>) c -> showProblems());
        form.correctOptionProperty().addListener(o -> check());
        form.answerSecondsProperty().addListener(o -> check());
        form.defaultLangProperty().addListener(o -> check());
        rebuild();
    }

    private void rebuild() {
        if (rebuilding) {
            return;
        }
        rebuilding = true;
        CueForm form = vm.form();
        validation = new ValidationSupport();
        LanguageTabs.fill(tabs, form, validation, vm, i18n, this::check);
        settings.offerOptions(form);
        rebuilding = false;
        check();
    }

    private void check() {
        vm.validate();
        validation.revalidate();
        fixedValidation.revalidate();
        showProblems();
    }

    private void showProblems() {
        problems.setText(String.join("\n", vm.problems().values().stream().sorted().toList()));
        LanguageTabs.markProblems(tabs, vm.problems().keySet());
    }
}
