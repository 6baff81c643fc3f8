package io.cuedeck.console.rundown;

import io.cuedeck.connector.ValidationException;
import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.Show;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The cue editor: a {@link CueForm}, its problems by field (checked as the producer types, and
 * again from the server's answer), and Save. An invalid cue is never sent: Save names what is
 * wrong and keeps the producer's text.
 */
public final class CueEditorViewModel {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final CueProblems validator;
    private final CueForm form = new CueForm();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper editingId = new ReadOnlyStringWrapper(this, "editingId");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public CueEditorViewModel(Session session, Jobs jobs, I18n i18n) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.validator = new CueProblems(i18n);
    }

    /** A fresh cue of this kind with the given languages (two options for polls and quizzes). */
    public void startNew(CueKind kind, List<String> languages) {
        form.load(new CueDraft(kind, Map.of(), null, null, 30, null));
        languages.forEach(form::addLanguage);
        if (kind.hasOptions()) {
            form.addOption();
            form.addOption();
        }
        editingId.set(null);
        problems.clear();
        message.set(i18n.get("editor.new"));
    }

    public void edit(Cue cue) {
        boolean same = cue.id().equals(editingId.get());
        form.load(cue);
        editingId.set(cue.id());
        problems.clear();
        if (!same) {
            message.set("");
        }
    }

    /** Checks the form now; the problems map and the message follow. */
    public boolean validate() {
        List<Problem> found = new java.util.ArrayList<>(validator.validate(form.toDraft()));
        form.planning().problem(i18n).ifPresent(found::add); // capacity planning: its own rule
        problems.clear();
        found.forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        return found.isEmpty();
    }

    /** Saves when valid; otherwise names the problems and sends nothing. */
    public void save(Consumer<Cue> onSaved) {
        Show show = session.show();
        if (show == null || saving.get()) {
            return;
        }
        if (!validate()) {
            message.set(i18n.format("editor.invalid", problems.size(), firstProblem()));
            return;
        }
        CueDraft draft = form.toDraft();
        String id = editingId.get();
        // read on the FX thread, at the press: a backend switched meanwhile does not get this cue
        Backend backend = session.backend();
        saving.set(true);
        message.set(i18n.get("editor.saving"));
        jobs.run(i18n.get("activity.saveCue"),
                () -> id == null ? backend.addCue(show.id(), draft) : backend.updateCue(show.id(), id, draft),
                saved -> {
                    saving.set(false);
                    editingId.set(saved.id());
                    message.set(i18n.get("editor.saved"));
                    onSaved.accept(saved);
                }, this::refused);
    }

    private void refused(Throwable error) {
        saving.set(false);
        if (error instanceof ValidationException v && v.field() != null) {
            problems.put(v.field(), v.getMessage());
        }
        message.set(i18n.format("editor.notSaved", Errors.describe(error, i18n)));
    }

    private String firstProblem() {
        List<Problem> found = validator.validate(form.toDraft());
        // the capacity planning problem is not the content validator's: then it is the one
        return found.isEmpty() ? problems.values().iterator().next() : found.get(0).message();
    }

    /** The problem of one field (server field path), or null. */
    public String problemFor(String field) {
        return problems.get(field);
    }

    public CueForm form() {
        return form;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The id of the cue being edited; null for a cue not saved yet. */
    public ReadOnlyStringProperty editingIdProperty() {
        return editingId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
