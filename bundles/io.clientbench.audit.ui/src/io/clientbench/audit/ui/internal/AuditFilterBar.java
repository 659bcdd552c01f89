package io.clientbench.audit.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.AuditQuery;
import io.clientbench.ui.WidgetIds;

/**
 * The audit log view's filters: user, record type, customer or record number, date range (days, both ends included)
 * and free text. Enter in any field or the Filter button applies them.
 */
final class AuditFilterBar {

    /** A filter that cannot be applied, with the localized reason. */
    static final class BadFilter extends Exception {
        private static final long serialVersionUID = 1L;

        BadFilter(String message) {
            super(message);
        }
    }

    private final Text user;
    private final Combo entity;
    private final List<String> entityNames = new ArrayList<>();
    private final Text record;
    private final Text from;
    private final Text to;
    private final Text text;

    AuditFilterBar(Composite parent, MergedSchema schema, Runnable apply) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(13).spacing(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        user = field(bar, AuditMessages.filter_user, WidgetIds.AUDIT_FILTER_USER, 10, apply);
        new Label(bar, SWT.NONE).setText(AuditMessages.filter_entity);
        entity = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        entity.setData(WidgetIds.KEY, WidgetIds.AUDIT_FILTER_ENTITY);
        entity.add(AuditMessages.filter_allEntities);
        entityNames.add(null);
        for (EntitySchema e : schema.entities().values()) {
            entity.add(e.label().text());
            entityNames.add(e.name());
        }
        entity.select(0);
        entity.addListener(SWT.Selection, e -> apply.run());
        record = field(bar, AuditMessages.filter_record, WidgetIds.AUDIT_FILTER_RECORD, 8, apply);
        from = field(bar, AuditMessages.filter_from, WidgetIds.AUDIT_FILTER_FROM, 10, apply);
        to = field(bar, AuditMessages.filter_to, WidgetIds.AUDIT_FILTER_TO, 10, apply);
        text = field(bar, AuditMessages.filter_text, WidgetIds.AUDIT_FILTER_TEXT, 14, apply);
        Button button = new Button(bar, SWT.PUSH);
        button.setText(AuditMessages.filter_apply);
        button.setData(WidgetIds.KEY, WidgetIds.AUDIT_FILTER_APPLY);
        button.addListener(SWT.Selection, e -> apply.run());
    }

    private static Text field(Composite bar, String label, String id, int chars, Runnable apply) {
        new Label(bar, SWT.NONE).setText(label);
        Text field = new Text(bar, SWT.BORDER | SWT.SINGLE);
        field.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(chars > 10, false).hint(chars * 9, SWT.DEFAULT).applyTo(field);
        field.addListener(SWT.DefaultSelection, e -> apply.run());
        return field;
    }

    /** Shows the log of one customer (the navigator's or an editor's) . */
    void showRecord(long id) {
        record.setText(Long.toString(id));
    }

    AuditQuery query() throws BadFilter {
        AuditQuery query = AuditQuery.all();
        if (!user.getText().isBlank()) {
            query = query.withActor(user.getText().strip());
        }
        query = query.withEntity(entityNames.get(Math.max(0, entity.getSelectionIndex())));
        String recordText = record.getText().strip().replace("#", "");
        if (!recordText.isEmpty()) {
            try {
                query = query.withRecord(Long.parseLong(recordText));
            } catch (NumberFormatException e) {
                throw new BadFilter(NLS.bind(AuditMessages.filter_badRecord, record.getText()));
            }
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        ZoneId zone = ZoneId.systemDefault();
        query = query.between(start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant());
        return text.getText().isBlank() ? query : query.withText(text.getText().strip());
    }

    private static LocalDate date(Text field) throws BadFilter {
        String value = field.getText().strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadFilter(NLS.bind(AuditMessages.filter_badDate, value));
        }
    }
}
