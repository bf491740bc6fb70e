package dev.csreview.interview;

/** Where the user is: section 3 of 6, question 14 of 41 (counting only questions that apply now). */
public record Progress(int section, int sections, String sectionTitle, int question, int questions) {

    /** {@code 3/6 数据处理 · 14/41} */
    public String line() {
        return section + "/" + sections + " " + sectionTitle + " · " + question + "/" + questions;
    }
}
