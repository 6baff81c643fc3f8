package io.cuedeck.console.shell;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list or combo-box cell that shows each item as the text {@code words} gives it. */
final class TextCell<T> extends ListCell<T> {

    private final Function<T, String> words;

    TextCell(Function<T, String> words) {
        this.words = words;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : words.apply(item));
    }
}
