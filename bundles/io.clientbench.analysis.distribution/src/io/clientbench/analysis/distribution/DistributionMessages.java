package io.clientbench.analysis.distribution;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the distribution analysis (messages.properties, messages_zh.properties). */
public final class DistributionMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.distribution.messages";

    public static String tableCategories;
    public static String seriesCustomers;
    public static String seriesRevenue;
    public static String pieCustomers;
    public static String colCategory;
    public static String colCustomers;
    public static String colCustomerShare;
    public static String colRevenue;
    public static String colRevenueShare;
    public static String dimensionIndustry;
    public static String dimensionRegion;
    public static String dimensionSize;
    public static String notSet;
    public static String others;
    public static String conclusion;
    public static String diagnosisConcentrated;
    public static String diagnosisSpread;
    public static String diagnosisRevenueLeader;
    public static String diagnosisNotSet;
    public static String action;
    public static String actionNotSet;
    public static String empty;
    public static String industry_A;
    public static String industry_B;
    public static String industry_C;
    public static String industry_D;
    public static String industry_E;
    public static String industry_F;
    public static String industry_G;
    public static String industry_H;
    public static String industry_I;
    public static String industry_J;
    public static String industry_K;
    public static String industry_L;
    public static String industry_M;
    public static String industry_N;
    public static String industry_O;
    public static String industry_P;
    public static String industry_Q;
    public static String industry_R;
    public static String industry_S;
    public static String industry_T;
    public static String size_MICRO;
    public static String size_SMALL;
    public static String size_MEDIUM;
    public static String size_LARGE;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DistributionMessages.class);
    }

    private DistributionMessages() {
    }
}
