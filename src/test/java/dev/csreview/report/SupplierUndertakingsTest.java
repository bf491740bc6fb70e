package dev.csreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Supplier undertakings are written only for the purchases that must or should be filed, each with the Art. 6
 * undertakings and the CII Regulations' confidentiality agreement, in English beside the Chinese for a foreign
 * supplier; the purchases that will not be filed (office laptops, printers) get none.
 */
class SupplierUndertakingsTest {

    @ParameterizedTest
    @CsvSource({
        "ciio-foreign-database, Core banking database (foreign vendor), Office laptops",
        "ciio-saas-outside-cii, Patient relationship SaaS (foreign vendor), Office printers"})
    void undertakings_only_for_the_purchases_that_are_filed(String sample, String filed, String notFiled) throws Exception {
        Map<String, byte[]> files = PackageGoldenTest.build(Path.of("samples", sample + ".yaml"));
        String zh = new String(files.get("04-供应方承诺.md"), StandardCharsets.UTF_8);
        String en = new String(files.get("04-supplier-undertakings.md"), StandardCharsets.UTF_8);
        for (String doc : new String[] {zh, en}) {
            assertThat(doc).contains(filed).doesNotContain(notFiled);
        }
        assertThat(zh).contains("安全保密协议", "English version for the supplier", "not to control or manipulate user equipment illegally");
    }
}
