package io.clientbench.core.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clientbench.model.EntitySchema;

/** Search, per-column filter, saved views, sort and grouping of the navigator, on a handful of customers. */
class CustomerNavigatorTest {

    private static final List<String> FIELDS = List.of("fullName", "region", "industry", "owner", "historyDealAmount",
            "keyCustomer", "difficultCustomer", "visitedOnSiteIn3Months");
    private static final List<String> COLUMNS = List.of("fullName", "region", "industry", "owner", "historyDealAmount");
    private static EntitySchema customer;

    @BeforeAll
    static void schema() throws InterruptedException {
        customer = io.clientbench.core.TestSchema.merged().customer();
    }

    private static CustomerNavigator navigator(Locale locale) {
        CustomerRows.Builder rows = CustomerRows.builder(FIELDS);
        rows.add(10, 1, new Object[] { "成都建工集团", "成都", "E", "王磊", new BigDecimal("500"), true, false, true });
        rows.add(11, 1, new Object[] { "重庆交通建设", "重庆", "E", "李娜", new BigDecimal("80"), false, false, false });
        rows.add(12, 1, new Object[] { "北京软件学院", "北京", "P", "王磊", null, false, true, null });
        rows.add(13, 1, new Object[] { "安徽水利开发", "合肥", "E", "张伟", new BigDecimal("1200"), false, false, true });
        return new CustomerNavigator(customer, rows.build(), COLUMNS, locale);
    }

    private static List<Long> ids(CustomerNavigator navigator, CustomerNavigator.Result result) {
        return Arrays.stream(result.rows()).mapToObj(row -> navigator.rows().id(row)).toList();
    }

    @Test
    void searchWordsMustAllMatchAndAFieldPrefixRestrictsAWordToOneColumn() {
        CustomerNavigator navigator = navigator(Locale.CHINA);
        assertEquals(List.of(10L, 11L, 12L, 13L), ids(navigator, navigator.query(NavigatorQuery.all())));
        assertEquals(List.of(10L, 12L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("王磊"))));
        assertEquals(List.of(10L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("王磊 建工"))));
        // a value list matches by its label (E = 建筑业), and 区域: (the region's label) limits the word to that column
        assertEquals(List.of(10L, 11L, 13L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("建筑"))));
        assertEquals(List.of(11L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("region:重庆"))));
        assertEquals(List.of(), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("owner:重庆"))));
    }

    /** The names of the customers' Tag records, added as a column by the loader, filter with tags: or 标签:. */
    @Test
    void aTagWordKeepsTheCustomersWithThatTagRecord() {
        CustomerNavigator plain = navigator(Locale.CHINA);
        CustomerNavigator navigator = plain.with(plain.rows().withColumn(CustomerNavigator.TAGS, Map.of(10L, "流失 价格敏感型", 12L, "活跃", 13L, "流失预警")));
        assertEquals(List.of(10L, 13L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("标签:流失"))));
        assertEquals(List.of(10L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("tags:价格敏感型"))));
        assertEquals(List.of(12L), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("Tags：活跃 北京"))));
        assertEquals(List.of(), ids(navigator, navigator.query(NavigatorQuery.all().withSearch("流失"))), "tags are not a shown column");
        // reloaded tags replace the column; a saved customer keeps its tags
        CustomerNavigator reloaded = navigator.with(navigator.rows().withColumn(CustomerNavigator.TAGS, Map.of(11L, "流失")));
        assertEquals(List.of(11L), ids(reloaded, reloaded.query(NavigatorQuery.all().withSearch("标签:流失"))));
        CustomerNavigator saved = reloaded.with(reloaded.rows().with(11L, 2, Map.of("fullName", "重庆交通建设集团")));
        assertEquals(List.of(11L), ids(saved, saved.query(NavigatorQuery.all().withSearch("标签:流失"))));
    }

    @Test
    void savedViewsSelectMineKeyOrDifficultAndNotVisited() {
        CustomerNavigator navigator = navigator(Locale.CHINA);
        NavigatorQuery all = NavigatorQuery.all().withUser("王磊");
        assertEquals(List.of(10L, 12L), ids(navigator, navigator.query(all.withView(SavedView.MINE))));
        assertEquals(List.of(10L, 12L), ids(navigator, navigator.query(all.withView(SavedView.KEY_AND_DIFFICULT))));
        assertEquals(List.of(11L, 12L), ids(navigator, navigator.query(all.withView(SavedView.NOT_VISITED_3_MONTHS))));
    }

    @Test
    void sortsNumbersByValueChineseByPinyinBlanksLastAndGroupsWithCounts() {
        CustomerNavigator navigator = navigator(Locale.CHINA);
        assertEquals(List.of(11L, 10L, 13L, 12L), ids(navigator, navigator.query(NavigatorQuery.all().withSort("historyDealAmount", true))));
        // pinyin: Anhui, Beijing, Chengdu, Chongqing
        assertEquals(List.of(13L, 12L, 10L, 11L), ids(navigator, navigator.query(NavigatorQuery.all().withSort("fullName", true))));
        assertEquals(List.of(11L, 10L, 12L, 13L), ids(navigator, navigator.query(NavigatorQuery.all().withSort("fullName", false))));

        CustomerNavigator.Result grouped = navigator.query(NavigatorQuery.all().withSort("fullName", true).withGroup("owner"));
        assertEquals(List.of("李娜:1", "王磊:2", "张伟:1"), grouped.groups().stream().map(g -> g.label() + ":" + g.count()).toList());
        assertEquals(List.of(11L, 12L, 10L, 13L), ids(navigator, grouped));
    }

    @Test
    void aSavedRecordReplacesItsRowAndANewOneIsAdded() {
        CustomerNavigator navigator = navigator(Locale.ENGLISH);
        CustomerNavigator changed = navigator.with(navigator.rows().with(11, 2, Map.of("region", "Chengdu")))
                .with(navigator.rows().with(11, 2, Map.of("region", "Chengdu")).with(14, 1, Map.of("fullName", "New Co")));
        assertEquals(List.of(11L), ids(changed, changed.query(NavigatorQuery.all().withSearch("region:chengdu"))));
        assertEquals(2, changed.rows().version(changed.rows().rowOf(11)));
        assertEquals(5, changed.rows().size());
        assertEquals("Construction", changed.text(0, "industry").substring(0, "Construction".length()));
        assertEquals("Yes", ValueText.of(customer.field("keyCustomer").orElseThrow(), true, Locale.ENGLISH));
    }
}
