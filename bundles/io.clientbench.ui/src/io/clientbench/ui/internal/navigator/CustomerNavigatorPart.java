package io.clientbench.ui.internal.navigator;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.clientbench.store.Database;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.internal.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The customer navigator (an e4 POJO part in the compatibility workbench). For now it lists the saved views
 * with a search field; the customer table joins it with the store.
 */
public class CustomerNavigatorPart {

    public static final String ID = "io.clientbench.ui.views.navigator";

    @Inject
    private Database database;

    private Text search;
    private TableViewer views;
    private Label status;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);

        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(UiMessages.navigator_searchHint);
        search.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_SEARCH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);

        views = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        views.getTable().setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_VIEWS);
        views.setContentProvider(ArrayContentProvider.getInstance());
        views.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((SavedView) element).label();
            }
        });
        views.setInput(SavedView.values());
        views.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return ((SavedView) element).matches(search.getText());
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(views.getControl());

        status = new Label(parent, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);

        search.addModifyListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        views.refresh();
        int shown = views.getTable().getItemCount();
        status.setText(shown == 0 ? UiMessages.navigator_noMatch
                : NLS.bind(UiMessages.navigator_status, shown, database.location()));
        status.getParent().layout(true);
    }

    @Focus
    public void setFocus() {
        search.setFocus();
    }
}
