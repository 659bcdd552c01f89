package io.clientbench.ui.internal.about;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import io.clientbench.store.Database;
import io.clientbench.store.DatabaseInfo;
import io.clientbench.store.StoreException;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.internal.UiLog;
import io.clientbench.ui.internal.UiMessages;

/** Product name, version, Java runtime and where the data lives: what a support call asks first. */
class AboutDialog extends Dialog {

    private static final String PLUGIN_ID = "io.clientbench.ui";

    AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.about_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 6).applyTo(area);

        Label logo = new Label(area, SWT.NONE);
        ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, "icons/clientbench64.png")
                .ifPresent(d -> logo.setImage(resources.create(d)));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 5).applyTo(logo);

        IProduct product = Platform.getProduct();
        Label name = new Label(area, SWT.NONE);
        name.setText(product != null ? product.getName() : "Clientbench");
        name.setFont(JFaceResources.getHeaderFont());

        line(area, NLS.bind(UiMessages.about_version, version()), WidgetIds.ABOUT_VERSION);
        line(area, NLS.bind(UiMessages.about_java, System.getProperty("java.version"), System.getProperty("java.vendor")), null);
        ServiceCaller.callOnce(AboutDialog.class, Database.class, database -> databaseLines(area, database));
        String aboutText = product != null ? product.getProperty("aboutText") : null;
        if (aboutText != null) {
            Label about = new Label(area, SWT.WRAP);
            about.setText(aboutText);
            GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).indent(0, 10).applyTo(about);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static void line(Composite parent, String text, String widgetId) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        if (widgetId != null) {
            label.setData(WidgetIds.KEY, widgetId);
        }
    }

    /** The version of the bundle that defines the product, i.e. the release the user runs. */
    static String version() {
        IProduct product = Platform.getProduct();
        var bundle = product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(AboutDialog.class);
        return bundle.getVersion().toString();
    }

    private static void databaseLines(Composite area, Database database) {
        line(area, NLS.bind(UiMessages.about_dataFolder, database.location().getParent()), WidgetIds.ABOUT_DATA_FOLDER);
        try {
            DatabaseInfo info = database.open();
            line(area, NLS.bind(UiMessages.about_databaseCreated, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withZone(ZoneId.systemDefault()).format(info.createdAt())), null);
        } catch (StoreException e) {
            UiLog.error(e.getMessage(), e);
        }
    }
}
