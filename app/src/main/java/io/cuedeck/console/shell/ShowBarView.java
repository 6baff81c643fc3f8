package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top bar: the show picker, New show, Go live, End show (confirmed), Phones, the backend, settings and help. */
public final class ShowBarView extends HBox {

    public static final String ID_SHOWS = "show-picker";
    public static final String ID_GO_LIVE = "show-go-live";
    public static final String ID_END = "show-end";
    public static final String ID_SETTINGS = "show-settings";
    /** Opens the Phones window: the companion page's address and QR code for the current show. */
    public static final String ID_PHONES = "show-phones";

    public ShowBarView(ShowsViewModel shows, Session session, I18n i18n, Dialogs dialogs, Runnable openConnection,
            Runnable openSettings, Runnable toggleHelp, Runnable openPhones) {
        getStyleClass().add(Styles.SHOW_BAR);
        setAlignment(Pos.CENTER_LEFT);
        Label brand = new Label("CUEDECK");
        brand.getStyleClass().add(Styles.SHOW_TITLE);
        Label onAir = new Label(i18n.get("show.onAirBadge"));
        onAir.getStyleClass().add(Styles.ON_AIR);
        BooleanBinding live = Bindings.createBooleanBinding(() -> status(session) == ShowStatus.LIVE, session.showProperty());
        BooleanBinding draft = Bindings.createBooleanBinding(() -> status(session) == ShowStatus.DRAFT, session.showProperty());
        onAir.visibleProperty().bind(live);

        ComboBox<Show> picker = new ComboBox<>(shows.shows());
        picker.setId(ID_SHOWS);
        picker.setPromptText(i18n.get("shows.pick"));
        picker.setPrefWidth(340);
        picker.setCellFactory(list -> new TextCell<>(show -> describe(show, i18n)));
        picker.setButtonCell(new TextCell<>(show -> describe(show, i18n)));
        session.showProperty().addListener((o, a, show) -> picker.getSelectionModel().select(show));
        picker.setOnAction(e -> {
            Show chosen = picker.getValue();
            if (chosen != null) {
                shows.pick(chosen);
            }
        });
        Button create = new Button(i18n.get("shows.new"));
        create.setOnAction(e -> dialogs.askText(i18n.get("shows.new.title"), i18n.get("shows.new.prompt"),
                i18n.get("shows.new.default")).ifPresent(shows::create));
        Button goLive = new Button(i18n.get("shows.goLive"));
        goLive.setId(ID_GO_LIVE);
        goLive.visibleProperty().bind(draft);
        goLive.managedProperty().bind(draft);
        goLive.setOnAction(e -> shows.goLive());
        Button end = new Button(i18n.get("shows.end"));
        end.setId(ID_END);
        end.getStyleClass().add(Styles.DANGER_BUTTON);
        end.visibleProperty().bind(live);
        end.managedProperty().bind(live);
        end.setOnAction(e -> {
            Show show = session.show();
            if (show != null && dialogs.confirm(i18n.get("shows.end.title"), i18n.format("shows.end.question", show.title()),
                    i18n.get("shows.end.confirm"))) {
                shows.end();
            }
        });
        Label notice = new Label();
        notice.textProperty().bind(shows.noticeProperty());
        notice.getStyleClass().add(Styles.MUTED);
        Button phones = new Button(i18n.get("companion.open"));
        phones.setId(ID_PHONES);
        phones.disableProperty().bind(session.showProperty().isNull());
        phones.setOnAction(e -> openPhones.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button backend = new Button(i18n.get("shell.backend"));
        backend.setOnAction(e -> openConnection.run());
        Button preferences = new Button(i18n.get("shell.settings"));
        preferences.setId(ID_SETTINGS);
        preferences.setOnAction(e -> openSettings.run());
        Button help = new Button(i18n.get("shell.help"));
        help.setOnAction(e -> toggleHelp.run());
        getChildren().addAll(brand, onAir, picker, create, goLive, end, phones, notice, grow, backend, preferences, help);
    }

    /** A show in the picker: its title and its status in words. */
    private static String describe(Show show, I18n i18n) {
        return show.title() + "  \u00b7  " + i18n.get("show.status." + show.status().name().toLowerCase());
    }

    private static ShowStatus status(Session session) {
        return session.show() == null ? null : session.show().status();
    }
}
