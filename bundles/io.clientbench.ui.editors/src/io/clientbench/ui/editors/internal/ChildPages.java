package io.clientbench.ui.editors.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.clientbench.core.ice.IceScore;
import io.clientbench.core.ice.IceThresholds;
import io.clientbench.ui.ClientbenchPreferences;

/** The customer editor's pages of the records a customer owns, and the columns each lists. */
final class ChildPages {

    private ChildPages() {
    }

    static void addTo(FormEditor editor) throws PartInitException {
        editor.addPage(new ChildRecordsPage(editor, "contacts", ChildMessages.page_contacts, "Contact",
                List.of("name", "main", "role", "title", "mobile", "officePhone", "email", "qq", "birthday"), List.of(), null));
        editor.addPage(new ChildRecordsPage(editor, "deals", ChildMessages.page_deals, "Deal",
                List.of("date", "amount", "product", "quantity", "kind", "profit", "orderPhone"), List.of(), null));
        editor.addPage(new ChildRecordsPage(editor, "followUps", ChildMessages.page_followUps, "FollowUp",
                List.of("time", "method", "personContacted", "content", "result", "nextStep", "nextStepDate"), List.of(), null));
        editor.addPage(new ChildRecordsPage(editor, "needs", ChildMessages.page_needs, "Need",
                List.of("description", "status", "owner", "deadline", IceScore.IMPACT, IceScore.CONFIDENCE, IceScore.EASE), List.of(
                        new ChildRecordsPage.ExtraColumn(ChildMessages.ice_score,
                                need -> score(need).stream().mapToObj(Integer::toString).findFirst().orElse("")),
                        new ChildRecordsPage.ExtraColumn(ChildMessages.ice_priority,
                                need -> score(need).stream().mapToObj(s -> thresholds().priorityOf(s).label(Locale.getDefault())).findFirst().orElse(""))),
                ChildPages::icePreview));
    }

    /** The score and priority the ratings typed so far give, so the user sees where the need will rank. */
    private static String icePreview(Map<String, Object> need) {
        OptionalInt score = score(need);
        return score.isEmpty() ? ChildMessages.ice_unrated
                : NLS.bind(ChildMessages.ice_preview, score.getAsInt(), thresholds().priorityOf(score.getAsInt()).label(Locale.getDefault()));
    }

    private static OptionalInt score(Map<String, Object> need) {
        return IceScore.of(need.get(IceScore.IMPACT), need.get(IceScore.CONFIDENCE), need.get(IceScore.EASE));
    }

    /** The user's thresholds, read per row so a change on the preference page shows at the next reload. */
    private static IceThresholds thresholds() {
        return IceThresholds.orDefault(ClientbenchPreferences.iceHigh(), ClientbenchPreferences.iceMedium());
    }
}
