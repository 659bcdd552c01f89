package io.clientbench.io.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.wizard.Wizard;

import io.clientbench.io.SourceFile;
import io.clientbench.io.importing.ImportMode;
import io.clientbench.io.importing.ImportProfile;
import io.clientbench.io.importing.ImportProfiles;
import io.clientbench.io.importing.ImportTarget;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;

/**
 * File &gt; Import: choose a file and what it holds, map its columns, check the rows, import. The pages share what the
 * user chose here; Finish hands it to an {@link ImportJob}, so a long import runs in the background and can be cancelled.
 */
final class ImportWizard extends Wizard {

    final RecordRepository records;
    private final SchemaRegistry schemas;
    /** The schema the pages map to, taken when the wizard opens. */
    final MergedSchema schema;
    final ImportProfiles profiles;
    private final IEventBroker events;

    /** The file read on the first page, or null. */
    Path path;
    SourceFile file;
    ImportTarget target = ImportTarget.CUSTOMERS;
    /** The mapping, made on the second page for the file and target; null until then. */
    ImportProfile profile;
    ImportMode mode = ImportMode.ALL_OR_NOTHING;

    private PreviewPage preview;

    ImportWizard(RecordRepository records, SchemaRegistry schemas, ImportProfiles profiles, IEventBroker events) {
        this.records = records;
        this.schemas = schemas;
        this.schema = schemas.schema();
        this.profiles = profiles;
        this.events = events;
        setWindowTitle(IoUiMessages.wizard_title);
        setNeedsProgressMonitor(false); // reading and checking run as jobs, each page showing its own state
    }

    @Override
    public void addPages() {
        addPage(new FilePage(this));
        addPage(new MappingPage(this));
        preview = new PreviewPage(this);
        addPage(preview);
    }

    /** A new file or target: the mapping is made again for it. */
    void fileChanged(Path newPath, SourceFile newFile, ImportTarget newTarget) {
        path = newPath;
        file = newFile;
        target = newTarget;
        profile = null;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == preview && preview.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        new ImportJob(records, schemas, events, file.table(), profile, mode, path.getFileName().toString()).schedule();
        return true;
    }
}
