package io.cuedeck.console.rundown;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editable fields of one cue: kind, the languages (one tab each), the prompt and every
 * option's text per language, the correct option and the answer window. Converts to and from the
 * wire {@link CueDraft}. Holds properties only; no Node.
 */
public final class CueForm {

    private final ObjectProperty<CueKind> kind = new SimpleObjectProperty<>(this, "kind", CueKind.POLL);
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final StringProperty defaultLang = new SimpleStringProperty(this, "defaultLang");
    private final Map<String, StringProperty> prompt = new LinkedHashMap<>();
    private final ObservableList<Map<String, StringProperty>> options = FXCollections.observableArrayList();
    private final IntegerProperty correctOption = new SimpleIntegerProperty(this, "correctOption", -1);
    private final IntegerProperty answerSeconds = new SimpleIntegerProperty(this, "answerSeconds", 30);
    /** Capacity planning (issue 8): planned moment and push. */
    private final CuePlanning planning = new CuePlanning(java.time.ZoneId.systemDefault());

    public CuePlanning planning() {
        return planning;
    }

    public ObjectProperty<CueKind> kindProperty() {
        return kind;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public StringProperty defaultLangProperty() {
        return defaultLang;
    }

    public StringProperty prompt(String lang) {
        return prompt.computeIfAbsent(lang, l -> new SimpleStringProperty(this, "prompt." + l, ""));
    }

    public ObservableList<Map<String, StringProperty>> options() {
        return options;
    }

    public StringProperty option(int index, String lang) {
        return options.get(index).computeIfAbsent(lang, l -> new SimpleStringProperty(this, "options." + l, ""));
    }

    public IntegerProperty correctOptionProperty() {
        return correctOption;
    }

    public IntegerProperty answerSecondsProperty() {
        return answerSeconds;
    }

    public void addLanguage(String lang) {
        if (!languages.contains(lang)) {
            prompt(lang);
            languages.add(lang);
            if (defaultLang.get() == null) {
                defaultLang.set(lang);
            }
        }
    }

    public void removeLanguage(String lang) {
        languages.remove(lang);
        prompt.remove(lang);
        options.forEach(option -> option.remove(lang));
        if (lang.equals(defaultLang.get())) {
            defaultLang.set(languages.isEmpty() ? null : languages.get(0));
        }
    }

    public void addOption() {
        options.add(new LinkedHashMap<>());
    }

    /** Remove last option: nothing to do when there is none. */
    public void removeLastOption() {
        if (!options.isEmpty()) {
            removeOption(options.size() - 1);
        }
    }

    public void removeOption(int index) {
        options.remove(index);
        if (correctOption.get() >= options.size() || correctOption.get() == index) {
            correctOption.set(-1);
        }
    }

    /** The wire form; options and correct option are left out where the kind has none. */
    public CueDraft toDraft() {
        Map<String, String> texts = new LinkedHashMap<>();
        languages.forEach(lang -> texts.put(lang, prompt(lang).get().strip()));
        List<Map<String, String>> optionTexts = null;
        if (kind.get() != null && kind.get().hasOptions()) {
            optionTexts = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                Map<String, String> one = new LinkedHashMap<>();
                for (String lang : languages) {
                    one.put(lang, option(i, lang).get().strip());
                }
                optionTexts.add(one);
            }
        }
        Integer correct = kind.get() == CueKind.QUIZ && correctOption.get() >= 0 ? correctOption.get() : null;
        return new CueDraft(kind.get(), texts, optionTexts, correct, answerSeconds.get(), defaultLang.get(),
                planning.plannedAt(), planning.push());
    }

    /** Fills the form from a stored cue (edit) or a fresh draft (new, duplicate). */
    public void load(CueDraft draft) {
        languages.clear();
        prompt.clear();
        options.clear();
        defaultLang.set(null);
        kind.set(draft.kind());
        draft.prompt().forEach((lang, text) -> {
            addLanguage(lang);
            prompt(lang).set(text);
        });
        defaultLang.set(draft.defaultLang() != null ? draft.defaultLang() : languages.isEmpty() ? null : languages.get(0));
        List<Map<String, String>> given = draft.options() == null ? List.of() : draft.options();
        for (int i = 0; i < given.size(); i++) {
            addOption();
            for (Map.Entry<String, String> text : given.get(i).entrySet()) {
                option(i, text.getKey()).set(text.getValue());
            }
        }
        correctOption.set(draft.correctOption() == null ? -1 : draft.correctOption());
        answerSeconds.set(draft.answerSeconds() == null ? 30 : draft.answerSeconds());
        planning.load(draft.plannedAt(), draft.push());
    }

    public void load(Cue cue) {
        load(cue.toDraft());
    }
}
