package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.CueKind;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * The cue editor: kind, one tab per language with the prompt and the options, the default
 * language, the correct option, the answer window, and Save. Problems show inline on the field
 * (ControlsFX decorations) and as a list in words, before anything is sent.
 */
public final class CueEditorView extends VBox {

    public static final String ID_KIND = "editor-kind";
    public static final String ID_SAVE = "editor-save";
    public static final String ID_PROBLEMS = "editor-problems";
    public static final String ID_MESSAGE = "editor-message";
    public static final String ID_SECONDS = "editor-seconds";
    public static final String[] LANGUAGE_CHOICES = {"en", "zh-TW", "zh-CN", "ko", "ja", "es", "fr", "de"};

    private final CueEditorViewModel vm;
    private final I18n i18n;
    private final TabPane tabs = new TabPane();
    private final ComboBox<String> defaultLang = new ComboBox<>();
    private final ComboBox<Integer> correct = new ComboBox<>();
    private final Label problems = new Label();
    private ValidationSupport validation = new ValidationSupport();
    /** For the controls that outlive a rebuild (the tab pages are made again on each). */
    private final ValidationSupport fixedValidation = new ValidationSupport();
    /** Held here: a bidirectional binding keeps only weak references, so {@code asObject()} alone is collected. */
    private final javafx.beans.property.ObjectProperty<Integer> secondsValue;
    private boolean rebuilding;

    public CueEditorView(CueEditorViewModel vm, Runnable save, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add(Styles.PANEL);
        CueForm form = vm.form();
        secondsValue = form.answerSecondsProperty().asObject();
        Label heading = new Label(i18n.get("editor.title"));
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        ComboBox<CueKind> kind = new ComboBox<>();
        kind.setId(ID_KIND);
        kind.getItems().setAll(CueKind.values());
        kind.setConverter(new KindNames(i18n));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        defaultLang.setItems(form.languages());
        defaultLang.valueProperty().bindBidirectional(form.defaultLangProperty());
        correct.setConverter(new OptionNames(i18n));
        correct.valueProperty().addListener((o, a, n) -> form.correctOptionProperty().set(n == null ? -1 : n));
        Spinner<Integer> seconds = new Spinner<>(CueValidator.MIN_SECONDS, CueValidator.MAX_SECONDS, 30, 5);
        seconds.setId(ID_SECONDS);
        seconds.setEditable(true);
        seconds.getValueFactory().valueProperty().bindBidirectional(secondsValue);
        GridPane top = new GridPane();
        top.setHgap(10);
        top.setVgap(8);
        Label correctLabel = fieldLabel("editor.correct");
        top.addRow(0, fieldLabel("editor.kind"), kind);
        top.addRow(1, fieldLabel("editor.defaultLang"), defaultLang);
        top.addRow(2, fieldLabel("editor.seconds"), seconds);
        top.addRow(3, correctLabel, correct);
        correct.visibleProperty().bind(form.kindProperty().isEqualTo(CueKind.QUIZ));
        correctLabel.visibleProperty().bind(correct.visibleProperty());
        correct.managedProperty().bind(correct.visibleProperty());
        correctLabel.managedProperty().bind(correct.visibleProperty());
        kind.setPrefWidth(200);
        correct.setPrefWidth(200);
        LanguageTabs.register(fixedValidation, correct, "correctOption", vm);
        LanguageTabs.register(fixedValidation, defaultLang, "defaultLang", vm);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        HBox tools = new HBox(8, addLanguageMenu(form), optionButton("editor.addOption", form::addOption),
                optionButton("editor.removeOption", () -> form.removeOption(form.options().size() - 1)));
        tools.setAlignment(Pos.CENTER_LEFT);
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
        getChildren().addAll(heading, top, tools, tabs, problems, bottom);

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
        correct.getItems().clear();
        for (int i = 0; i < form.options().size(); i++) {
            correct.getItems().add(i);
        }
        int chosen = form.correctOptionProperty().get();
        correct.setValue(chosen >= 0 && chosen < form.options().size() ? chosen : null);
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

    private Label fieldLabel(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private MenuButton addLanguageMenu(CueForm form) {
        MenuButton add = new MenuButton(i18n.get("editor.addLanguage"));
        for (String tag : LANGUAGE_CHOICES) {
            MenuItem item = new MenuItem(tag + "  " + java.util.Locale.forLanguageTag(tag).getDisplayName(i18n.locale()));
            item.setOnAction(e -> form.addLanguage(tag));
            add.getItems().add(item);
        }
        return add;
    }

    private Button optionButton(String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.form().kindProperty().get() != null && vm.form().kindProperty().get().hasOptions(),
                vm.form().kindProperty()));
        button.setOnAction(e -> {
            if (!"editor.removeOption".equals(key) || vm.form().options().size() > 0) {
                action.run();
            }
        });
        return button;
    }
}
