package io.clientbench.invitations.ui.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.invitations.core.Funnel;
import io.clientbench.ui.WidgetIds;

/**
 * An activity's funnel as a bar chart (planned → invited → accepted → attended → deal) beside its figures: the people
 * counts, the deal amount and the fit rate against the sheets' target, red below it.
 */
final class FunnelPanel {

    /** The chart's one series. */
    static final String SERIES = "funnel";

    private final Chart chart;
    private final IBarSeries<?> bars;
    private final Label fitRate;
    private final Label figures;

    FunnelPanel(Composite parent, FormToolkit toolkit) {
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(panel);

        chart = new Chart(panel, SWT.NONE);
        chart.setData(WidgetIds.KEY, WidgetIds.ACTIVITY_FUNNEL_CHART);
        chart.setBackground(panel.getBackground());
        chart.getTitle().setText(InvitationMessages.funnel_title);
        chart.getLegend().setVisible(false);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.enableCategory(true);
        x.setCategorySeries(new String[] { InvitationMessages.stage_planned, InvitationMessages.stage_invited,
                InvitationMessages.stage_accepted, InvitationMessages.stage_attended, InvitationMessages.stage_deal });
        chart.getAxisSet().getYAxis(0).getTitle().setText(InvitationMessages.funnel_customers);
        bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
        bars.setBarColor(new Color(47, 111, 178));
        bars.setBarPadding(35);
        bars.getLabel().setVisible(true);
        bars.getLabel().setFormat("#");
        Color ink = panel.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND); // the chart's default blue looks foreign
        chart.getTitle().setForeground(ink);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(ink);
            axis.getTitle().setForeground(ink);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 220).applyTo(chart);

        Composite side = toolkit.createComposite(panel);
        GridLayoutFactory.fillDefaults().spacing(4, 6).applyTo(side);
        GridDataFactory.fillDefaults().grab(false, true).hint(220, SWT.DEFAULT).applyTo(side);
        fitRate = toolkit.createLabel(side, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(fitRate);
        fitRate.setData(WidgetIds.KEY, WidgetIds.ACTIVITY_FIT_RATE);
        fitRate.setFont(JFaceResources.getHeaderFont());
        figures = toolkit.createLabel(side, "", SWT.WRAP);
        figures.setData(WidgetIds.KEY, WidgetIds.ACTIVITY_FUNNEL_FIGURES);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(figures);
    }

    void show(Funnel funnel) {
        int[] stages = funnel.stages();
        double[] values = new double[stages.length];
        for (int i = 0; i < stages.length; i++) {
            values[i] = stages[i];
        }
        bars.setYSeries(values);
        chart.getAxisSet().adjustRange();
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.setRange(new org.eclipse.swtchart.Range(0, Math.max(1, stages[0]) * 1.15)); // room for the bar labels
        chart.redraw();

        Locale locale = Locale.getDefault();
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        if (Double.isNaN(funnel.fitRate())) {
            fitRate.setText(funnel.invited() == 0 ? InvitationMessages.fit_noneInvited : InvitationMessages.fit_noSegment);
            fitRate.setForeground(null);
        } else {
            fitRate.setText(NLS.bind(InvitationMessages.fit_rate, percent.format(funnel.fitRate()), percent.format(Funnel.FIT_TARGET)));
            fitRate.setForeground(fitRate.getDisplay().getSystemColor(funnel.meetsFitTarget() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        }
        figures.setText(NLS.bind(InvitationMessages.funnel_figures, new Object[] { stages[0], stages[1], stages[2], stages[3], stages[4],
                funnel.peopleInvited(), funnel.peopleAttended(), NumberFormat.getNumberInstance(locale).format(funnel.dealAmount()) }));
        figures.getParent().layout(true);
    }
}
