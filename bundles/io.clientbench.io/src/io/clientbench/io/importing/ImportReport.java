package io.clientbench.io.importing;

import java.util.List;

import io.clientbench.store.RecordRepository.ImportBatch;

/**
 * What an import did: how many rows the file had, every problem found, and what was stored.
 *
 * @param rows     the file's data rows
 * @param problems every problem, in row order (a row may have several)
 * @param batch    the stored import (to undo it), or null when nothing was stored
 */
public record ImportReport(int rows, List<ImportProblem> problems, ImportBatch batch) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Whether anything was stored. */
    public boolean stored() {
        return batch != null;
    }

    /** The numbers of the rows that were not imported, ascending, each once. */
    public List<Integer> badRows() {
        return problems.stream().map(ImportProblem::row).distinct().sorted().toList();
    }

    public int created() {
        return batch == null ? 0 : batch.created();
    }

    public int updated() {
        return batch == null ? 0 : batch.updated();
    }
}
