package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioCsvTest {
    @Test
    void cells_are_quoted_and_formulas_defused() {
        var a = Fixtures.assessOk("name: x\nflagged: no\ncount_a: 1\ncount_b: 1\ncolour: blue\n");
        String csv = Portfolio.csv(List.of(new PortfolioRow("=HYPERLINK(\"http://x\",\"a,b\")", a, "-dir", "-dir/", null)));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"", ",'-dir,");
        assertThat(csv).endsWith("\r\n");
    }
}
