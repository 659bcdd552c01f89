package io.clientbench.io.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.clientbench.ui.WidgetIds;

/** The wizard dialog with ids on its buttons, which tests and accessibility tools find, and room for the tables. */
final class ImportWizardDialog extends WizardDialog {

    ImportWizardDialog(Shell parent, IWizard wizard) {
        super(parent, wizard);
        setPageSize(760, 420);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        mark(IDialogConstants.BACK_ID, WidgetIds.IMPORT_BACK);
        mark(IDialogConstants.NEXT_ID, WidgetIds.IMPORT_NEXT);
        mark(IDialogConstants.FINISH_ID, WidgetIds.IMPORT_FINISH);
    }

    private void mark(int id, String widgetId) {
        Button button = getButton(id);
        if (button != null) {
            button.setData(WidgetIds.KEY, widgetId);
        }
    }
}
