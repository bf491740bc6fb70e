package dev.csreview.questionnaire;

/** Article and item numbers as Chinese legal text writes them: 10 → 十, 21 → 二十一, 105 → 一百零五. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** {@code number} in Chinese numerals if it is a whole number from 1 to 999; anything else (2a, "") as it is. */
    public static String of(String number) {
        if (number.isEmpty() || number.length() > 3 || !number.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return number;
        }
        int n = Integer.parseInt(number);
        if (n == 0) {
            return number;
        }
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            // 十, 十一 alone; 一百一十, 二十 with the digit.
            if (tens > 1 || hundreds > 0) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(DIGITS.charAt(ones));
        }
        return out.toString();
    }
}
